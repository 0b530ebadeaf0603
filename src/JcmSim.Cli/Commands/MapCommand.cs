using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using JcmSim.Cli.Studies;
using JcmSim.Runs.Maps;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim map SCENARIO [--x PATH] [--y PATH] [--x-range LOW,HIGH] [--y-range LOW,HIGH] [--levels N]
/// [--target YEAR,...] [--trials-per-point M] [--block-size B]</c>: the probability of meeting each
/// target over a grid of two inputs (default: private capital × new partners per year), with the
/// 50% and 80% contours, under common random numbers.
/// </summary>
public static class MapCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario YAML file." };
        var x = new Option<string>("--x") { Description = $"Input on the horizontal axis: a lever or any input path (default {MapOptions.DefaultX}).", DefaultValueFactory = _ => MapOptions.DefaultX };
        var y = new Option<string>("--y") { Description = $"Input on the vertical axis (default {MapOptions.DefaultY}).", DefaultValueFactory = _ => MapOptions.DefaultY };
        var xRange = RangeOption("--x-range");
        var yRange = RangeOption("--y-range");
        var levels = new Option<int>("--levels") { Description = $"Levels per axis, evenly spaced (2–{MapRequest.MaxLevels}; default {MapRequest.DefaultLevels}).", DefaultValueFactory = _ => MapRequest.DefaultLevels };
        levels.Validators.Add(r => IntOptionRange.Check(r, 2, MapRequest.MaxLevels, "--levels"));
        var targets = new Option<string[]>("--target") { Description = "Target years to map (comma-separated or repeated; default every target of the scenario, e.g. 2030 and 2040)." };
        targets.Validators.Add(CheckYears);
        var blockSize = new Option<int>("--block-size") { Description = $"Trials per block, 1–{RunCommand.MaxBlockSize:N0}; results do not depend on it (default: automatic)." };
        blockSize.Validators.Add(r => IntOptionRange.Check(r, 1, RunCommand.MaxBlockSize, "--block-size", alsoAllowed: 0));
        var common = new StudyCommandLine("map", "--trials-per-point", MapOptions.DefaultTrialsPerPoint);
        var command = new Command("map", "The probability of meeting each target over two levers (default: private capital × partner expansion), with its 50% and 80% contours; every point with the same random numbers.");
        command.Arguments.Add(scenario);
        foreach (var option in new Option[] { x, y, xRange, yRange, levels, targets, blockSize })
        {
            command.Options.Add(option);
        }

        common.AddTo(command, withInputs: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (xLow, xHigh) = ReadRange(parse.GetValue(xRange));
            var (yLow, yHigh) = ReadRange(parse.GetValue(yRange));
            var request = new MapRequest(
                new MapAxisRequest(parse.GetValue(x) ?? MapOptions.DefaultX, xLow, xHigh),
                new MapAxisRequest(parse.GetValue(y) ?? MapOptions.DefaultY, yLow, yHigh),
                parse.GetValue(levels),
                StudyCommandLine.SplitList(parse.GetValue(targets)).Select(t => int.Parse(t, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToList());
            var options = new MapOptions(common.Read(parse, parse.GetRequiredValue(scenario)) with { BlockSize = parse.GetValue(blockSize) }, request);
            await StudyConsole.RunAsync(context, options.Study.Language, host => MapStudy.RunAsync(options, host, Environment.CommandLine, cancellationToken),
                (console, result) => StudyConsole.Table(console, MapTable.Build(result, options.Study.Language)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> RangeOption(string name)
    {
        var option = new Option<string?>(name) { Description = "Range of the axis as LOW,HIGH (default: the input's range in uncertainties:, or its own distribution's)." };
        option.Validators.Add(r =>
        {
            var text = r.Tokens.Count == 0 ? null : r.Tokens[^1].Value;
            if (text is not null && !TryParseRange(text, out _, out _))
            {
                r.AddError($"{name} {text}: not a range (allowed: two finite numbers LOW,HIGH with LOW < HIGH, e.g. 0.5,20).");
            }
        });
        return option;
    }

    private static (double? Low, double? High) ReadRange(string? text) =>
        text is not null && TryParseRange(text, out var low, out var high) ? (low, high) : (null, null);

    private static bool TryParseRange(string text, out double low, out double high)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        low = high = double.NaN;
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out low)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out high)
            && double.IsFinite(low) && double.IsFinite(high) && low < high;
    }

    private static void CheckYears(OptionResult result)
    {
        foreach (var item in StudyCommandLine.SplitList(result.Tokens.Select(t => t.Value)))
        {
            if (!int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                result.AddError($"--target {item}: not a year (allowed: fiscal years of the scenario's targets, e.g. 2030,2040).");
            }
        }
    }
}
