using JcmSim.Cli.Console;
using System.CommandLine;
using JcmSim.Runs;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim run SCENARIO... [--trials N] [--seed S] [--out DIR] [--block-size B] [--lang en|ja]
/// [--cluster redis=HOST:PORT] [--resume DIR] [--precision EPS [--max-trials N]]</c>: simulates (embedded
/// or on a cluster), prints the summary table and writes the result folder; <c>--resume</c> continues an
/// interrupted run; <c>--precision</c> runs until every target probability is known to ± EPS.
/// </summary>
public static class RunCommand
{
    /// <summary>Largest accepted trial count per scenario.</summary>
    public const int MaxTrials = 100_000_000;

    /// <summary>Largest accepted block size.</summary>
    public const int MaxBlockSize = 65_536;

    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenarios = new Argument<string[]>("scenario") { Description = "Scenario YAML files; with several, the first is the reference.", Arity = ArgumentArity.OneOrMore };
        var trials = new Option<int>("--trials", "-n") { Description = $"Trials per scenario (1–{MaxTrials:N0}).", DefaultValueFactory = _ => 10_000 };
        trials.Validators.Add(r => IntOptionRange.Check(r, 1, MaxTrials, "--trials"));
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed (0–18446744073709551615); the same seed gives the same numbers.", DefaultValueFactory = _ => 1UL };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: out/NAME-TIMESTAMP). Must be empty or absent unless --force." };
        var blockSize = new Option<int>("--block-size") { Description = $"Trials per block, 1–{MaxBlockSize:N0}; results do not depend on it (default: automatic)." };
        blockSize.Validators.Add(r => IntOptionRange.Check(r, 1, MaxBlockSize, "--block-size", alsoAllowed: 0));
        var language = new Option<string>("--lang") { Description = "Language of tables and charts.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "ja");
        var force = new Option<bool>("--force") { Description = "Replace the output folder if it is not empty." };
        var inProcess = new Option<bool>("--in-process") { Description = "Run without Orleans (the benchmark baseline); same numbers." };
        var parallel = new Option<int>("--parallel") { Description = "Blocks in flight at once (default: 2 × cores)." };
        parallel.Validators.Add(r => IntOptionRange.Check(r, 0, 1024, "--parallel"));
        var cluster = SiloCommand.ClusterOption("Run on the cluster of 'jcmsim silo' nodes whose membership is in this Redis (redis=HOST:PORT); default: an embedded silo.");
        var precision = new Option<double?>("--precision")
        {
            Description = "Stop once the 95% interval of every target probability is within ± this (e.g. 0.01), running in waves of 1,024 trials; replaces --trials.",
        };
        precision.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && double.TryParse(r.Tokens[^1].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && !(value >= PrecisionStop.MinPrecision && value <= PrecisionStop.MaxPrecision))
            {
                r.AddError(FormattableString.Invariant($"--precision {r.Tokens[^1].Value} is out of range (allowed: {PrecisionStop.MinPrecision}–{PrecisionStop.MaxPrecision}, a half-width of a probability)."));
            }
        });
        var maxTrials = new Option<int>("--max-trials") { Description = $"With --precision: the most trials per scenario (default 1,000,000; at most {MaxTrials:N0}).", DefaultValueFactory = _ => 1_000_000 };
        maxTrials.Validators.Add(r => IntOptionRange.Check(r, 1, MaxTrials, "--max-trials"));
        var stats = new Option<string?>("--stats") { Hidden = true, Description = "Write the run's throughput, peak memory and grain calls as JSON to this file (for jcmsim bench)." };
        var readings = new Option<bool>("--readings") { Description = "Also print every reading of the target side by side: expected reductions of selected projects, realised reductions, credits issued, Japan's ITMOs." };
        var resume = new Option<string?>("--resume") { Description = "Continue the interrupted run of this output folder from its checkpoints (same scenarios and options)." };

        var command = new Command("run", "Simulate one or more scenarios and write summary, per-trial and annual results.");
        command.Arguments.Add(scenarios);
        foreach (var option in new Option[] { trials, seed, output, blockSize, language, force, inProcess, parallel, cluster, resume, precision, maxTrials, readings, stats })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(r =>
        {
            if (r.GetValue(cluster) is not null && r.GetValue(inProcess))
            {
                r.AddError("--cluster and --in-process exclude each other: --in-process runs without Orleans, in this process.");
            }

            var autoStop = r.GetResult(precision) is { Implicit: false };
            if (autoStop && r.GetResult(trials) is { Implicit: false })
            {
                r.AddError("--trials and --precision exclude each other: --precision chooses the trial count; cap it with --max-trials.");
            }

            if (!autoStop && r.GetResult(maxTrials) is { Implicit: false })
            {
                r.AddError("--max-trials caps an auto-stopping run: use it with --precision (or set the trial count with --trials).");
            }

            if (autoStop && r.GetValue(resume) is not null)
            {
                r.AddError("--resume continues a run of a fixed trial count; it cannot be combined with --precision.");
            }

            if (autoStop && r.GetValue(blockSize) is var size and > 0 && PrecisionStop.WaveTrials % size != 0)
            {
                r.AddError($"--block-size {size} with --precision must divide {PrecisionStop.WaveTrials:N0} (waves end at multiples of it): use a power of two up to {PrecisionStop.WaveTrials:N0}.");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var autoStop = parse.GetValue(precision);
            var options = new RunOptions
            {
                Scenarios = parse.GetRequiredValue(scenarios),
                Trials = autoStop is null ? parse.GetValue(trials) : parse.GetValue(maxTrials),
                Precision = autoStop,
                Seed = parse.GetValue(seed),
                Out = parse.GetValue(output),
                BlockSize = parse.GetValue(blockSize),
                Language = parse.GetValue(language) ?? "en",
                Force = parse.GetValue(force),
                InProcess = parse.GetValue(inProcess),
                MaxParallelBlocks = parse.GetValue(parallel),
                Cluster = parse.GetValue(cluster),
                Resume = parse.GetValue(resume),
            };
            await RunReport.RunAsync(options, context, parse.GetValue(stats), cancellationToken, parse.GetValue(readings));
            return ExitCodes.Ok;
        });
        return command;
    }
}
