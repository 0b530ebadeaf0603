using System.CommandLine;
using JcmSim.Cli.Benchmarking;

namespace JcmSim.Cli.Commands;

/// <summary><c>jcmsim bench [--quick] [--scenario PATH] [--out FILE]</c>: throughput, Orleans cost and scaling, written to bench.json.</summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var quick = new Option<bool>("--quick") { Description = $"Small runs ({BenchRunner.Quick.Small:N0} and {BenchRunner.Quick.Large:N0} trials instead of {BenchRunner.Full.Small:N0} and {BenchRunner.Full.Large:N0}): checks the benchmark works; figures are indicative only." };
        var scenario = new Option<string>("--scenario") { Description = "Scenario to run.", DefaultValueFactory = _ => Path.Combine("scenarios", "baseline.yaml") };
        var output = new Option<string>("--out", "-o") { Description = "Where to write bench.json.", DefaultValueFactory = _ => Path.Combine("out", "bench.json") };
        var command = new Command("bench", "Measure trials/s in-process and on embedded Orleans, how time and memory scale from 100,000 to 1,000,000 trials, grain calls per block-year, and the explorer's time from a lever change to its first update and to 4,096 trials.");
        command.Options.Add(quick);
        command.Options.Add(scenario);
        command.Options.Add(output);
        var explorerOnly = new Option<bool>("--explorer-only") { Hidden = true, Description = "Only the explorer's lever changes (printed, bench.json not written): for working on the explorer." };
        command.Options.Add(explorerOnly);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(explorerOnly))
            {
                await BenchRunner.RunExplorerAsync(parse.GetValue(scenario)!, parse.GetValue(quick), context, cancellationToken);
            }
            else
            {
                await BenchRunner.RunAsync(parse.GetValue(scenario)!, parse.GetValue(quick), parse.GetValue(output)!, context, cancellationToken);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
