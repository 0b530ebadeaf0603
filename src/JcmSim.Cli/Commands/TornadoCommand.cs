using System.CommandLine;
using JcmSim.Cli.Reporting;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim tornado SCENARIO [--trials N] [--seed S] [--out DIR] [--lang en|ja] [--only PATH,...]
/// [--top N]</c>: one-at-a-time sensitivity of every uncertain input (held at its P10 and P90, same
/// random numbers), written as tornado.json, tornado.parquet and tornado charts.
/// </summary>
public static class TornadoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var trials = new Option<int>("--trials", "-n")
        {
            Description = $"Trials per run (1–{RunCommand.MaxTrials:N0}; default {TornadoOptions.DefaultTrials}: each input takes two runs).",
            DefaultValueFactory = _ => TornadoOptions.DefaultTrials,
        };
        trials.Validators.Add(r => IntOptionRange.Check(r, 1, RunCommand.MaxTrials, "--trials"));
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed shared by every run (common random numbers).", DefaultValueFactory = _ => 1UL };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: out/NAME-tornado-TIMESTAMP). Must be empty or absent unless --force." };
        var language = new Option<string>("--lang") { Description = "Language of tables and charts.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "ja");
        var force = new Option<bool>("--force") { Description = "Replace the output folder if it is not empty." };
        var inProcess = new Option<bool>("--in-process") { Description = "Run without Orleans; same numbers." };
        var parallel = new Option<int>("--parallel") { Description = "Blocks in flight at once (default: 2 × cores)." };
        parallel.Validators.Add(r => IntOptionRange.Check(r, 0, 1024, "--parallel"));
        var cluster = SiloCommand.ClusterOption("Run on the cluster of 'jcmsim silo' nodes whose membership is in this Redis (redis=HOST:PORT); default: an embedded silo.");
        var only = new Option<string[]>("--only")
        {
            Description = "Vary only inputs whose path is or starts with one of these (comma-separated or repeated), e.g. channels,sectors.solar,pipeline.multiplier.",
            AllowMultipleArgumentsPerToken = false,
        };
        var top = new Option<int>("--top") { Description = "Bars per chart and rows of the table (default 15).", DefaultValueFactory = _ => 15 };
        top.Validators.Add(r => IntOptionRange.Check(r, 1, 200, "--top"));

        var command = new Command("tornado", "One-at-a-time sensitivity: each uncertain input at its P10 and P90, everything else unchanged, same random numbers.");
        command.Arguments.Add(scenario);
        foreach (var option in new Option[] { trials, seed, output, language, force, inProcess, parallel, cluster, only, top })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(r =>
        {
            if (r.GetValue(cluster) is not null && r.GetValue(inProcess))
            {
                r.AddError("--cluster and --in-process exclude each other: --in-process runs without Orleans, in this process.");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new TornadoOptions
            {
                Scenario = parse.GetRequiredValue(scenario),
                Trials = parse.GetValue(trials),
                Seed = parse.GetValue(seed),
                Out = parse.GetValue(output),
                Language = parse.GetValue(language) ?? "en",
                Force = parse.GetValue(force),
                InProcess = parse.GetValue(inProcess),
                MaxParallelBlocks = parse.GetValue(parallel),
                Cluster = parse.GetValue(cluster),
                Only = (parse.GetValue(only) ?? []).SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
                Top = parse.GetValue(top),
            };
            await TornadoStudy.RunAsync(options, context, Environment.CommandLine, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
