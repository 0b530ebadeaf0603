using System.Globalization;
using System.Reflection;
using JcmSim.Grains.Scenarios;

namespace JcmSim.Runs.Checkpoints;

/// <summary>
/// What a run's results depend on, recorded with its checkpoints: checkpointed blocks are only
/// reused by a run with the same identity, so a resumed run ends with exactly the results an
/// uninterrupted one would have.
/// </summary>
/// <param name="Version">JcmSim's full informational version (with the source revision when known): a different model may give different numbers.</param>
/// <param name="Seed">Root seed.</param>
/// <param name="Trials">Trials per scenario.</param>
/// <param name="BlockSize">Trials per block: checkpoints are whole blocks.</param>
/// <param name="Scenarios">The scenarios in run order, each by name and the SHA-256 of its resolved JSON form.</param>
public sealed record RunIdentity(string Version, ulong Seed, int Trials, int BlockSize, IReadOnlyList<ScenarioIdentity> Scenarios)
{
    /// <summary>The informational version of this build of JcmSim.</summary>
    public static string CurrentVersion { get; } =
        typeof(RunIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The identity of a run of <paramref name="scenarios"/> by this build.</summary>
    public static RunIdentity Of(IReadOnlyList<LoadedScenario> scenarios, ulong seed, int trials, int blockSize)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        return new RunIdentity(
            CurrentVersion,
            seed,
            trials,
            blockSize,
            scenarios.Select(s => new ScenarioIdentity(s.Scenario.Name, ScenarioHandle.From(s.Scenario).Sha256)).ToList());
    }

    /// <summary>
    /// How a run asking for <paramref name="requested"/> differs from this (the checkpoints'), one
    /// sentence per difference; empty when the checkpoints can be used.
    /// </summary>
    /// <param name="requested">The identity of the run that wants to resume.</param>
    /// <param name="compareBlockSize">False when the requested block size was not given and is taken from the checkpoints.</param>
    public IReadOnlyList<string> Differences(RunIdentity requested, bool compareBlockSize)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var differences = new List<string>();
        var names = Scenarios.Select(s => s.Name).ToList();
        var requestedNames = requested.Scenarios.Select(s => s.Name).ToList();
        if (!names.SequenceEqual(requestedNames, StringComparer.Ordinal))
        {
            differences.Add($"the checkpoints are of scenarios {string.Join(", ", names)}; this run has {string.Join(", ", requestedNames)}");
        }
        else
        {
            differences.AddRange(Scenarios.Zip(requested.Scenarios)
                .Where(pair => !string.Equals(pair.First.Sha256, pair.Second.Sha256, StringComparison.Ordinal))
                .Select(pair => $"scenario '{pair.First.Name}' has changed since the checkpoints were written (its files or its bases differ)"));
        }

        if (Seed != requested.Seed)
        {
            differences.Add($"--seed: the checkpoints were written with seed {Seed.ToString(CultureInfo.InvariantCulture)}, this run has {requested.Seed.ToString(CultureInfo.InvariantCulture)}");
        }

        if (Trials != requested.Trials)
        {
            differences.Add($"--trials: the checkpoints are of {Trials.ToString(CultureInfo.InvariantCulture)} trials, this run has {requested.Trials.ToString(CultureInfo.InvariantCulture)}");
        }

        if (compareBlockSize && BlockSize != requested.BlockSize)
        {
            differences.Add($"--block-size: the checkpoints are blocks of {BlockSize.ToString(CultureInfo.InvariantCulture)} trials, this run asks for {requested.BlockSize.ToString(CultureInfo.InvariantCulture)} (leave --block-size out to use theirs)");
        }

        if (!string.Equals(Version, requested.Version, StringComparison.Ordinal))
        {
            differences.Add($"the checkpoints were written by JcmSim {Version}, this is {requested.Version}; another version may give other numbers");
        }

        return differences;
    }
}

/// <summary>A scenario of a <see cref="RunIdentity"/>.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its JSON form (the resolved scenario, bases and tables included).</param>
public sealed record ScenarioIdentity(string Name, string Sha256);
