namespace JcmSim.Notebooks;

/// <summary>
/// A scenario built in code breaks a rule of the scenario format (<see cref="Jcm.Validate"/>). The
/// message lists every problem, one per line: <c>field.path: problem (allowed: …)</c>.
/// </summary>
public sealed class ScenarioCheckException : Exception
{
    /// <summary>Creates the exception for a non-empty list of problems.</summary>
    public ScenarioCheckException(string scenario, IReadOnlyList<string> problems)
        : base($"{problems.Count} problem(s) in scenario '{scenario}' (built in code):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
    {
        Problems = problems;
    }

    /// <summary>Every problem found: <c>field.path: problem (allowed: …)</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
