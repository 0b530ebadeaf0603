namespace JcmSim.Cli.Tests.Robustness.Fuzz;

/// <summary>One fuzz case: its seed, the scenario file to load, whether it is run (else validated) and the mutations applied.</summary>
internal sealed record FuzzCase(int Seed, string Scenario, bool Run, IReadOnlyList<string> Mutations)
{
    public override string ToString() => $"seed {Seed} ({(Run ? "run" : "validate")} {Path.GetFileName(Scenario)}): {string.Join("; ", Mutations)}";
}
