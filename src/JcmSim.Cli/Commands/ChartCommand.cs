using JcmSim.Runs;
using System.CommandLine;
using JcmSim.Analysis.Results;
using JcmSim.Charts;
using JcmSim.Charts.Reports;
using JcmSim.Analysis.Tornado;
using Spectre.Console;

namespace JcmSim.Cli.Commands;

/// <summary>
/// <c>jcmsim chart OUTDIR [--lang en|ja]</c>: re-renders the charts (charts/*.png, *.svg) and
/// report.html of a saved result folder — a run's or a tornado study's — from its result files,
/// without simulating again. The result files are not touched; the old charts are replaced only once
/// the new ones are complete.
/// </summary>
public static class ChartCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommandContext context)
    {
        var folder = new Argument<string>("outdir") { Description = "A result folder written by 'jcmsim run' or 'jcmsim tornado'." };
        var language = new Option<string>("--lang") { Description = "Language of the charts and report.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "ja");
        var command = new Command("chart", "Re-render the charts and report of a result folder from its saved results (no simulation).");
        command.Arguments.Add(folder);
        command.Options.Add(language);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(folder);
            var lang = parse.GetValue(language) ?? "en";
            if (!Directory.Exists(path))
            {
                throw new BadInputException($"{path}: no such folder (allowed: a result folder of 'jcmsim run' or 'jcmsim tornado').");
            }

            if (!File.Exists(Path.Combine(path, ResultFileNames.SummaryJson)) && !File.Exists(Path.Combine(path, TornadoFiles.Json)))
            {
                throw new BadInputException($"{path}: not a result folder; it holds neither {ResultFileNames.SummaryJson} ('jcmsim run') nor {TornadoFiles.Json} ('jcmsim tornado').");
            }

            IReadOnlyList<Charts.Rendering.RenderedChart> charts;
            try
            {
                charts = await ResultFolderRenderer.RerenderAsync(path, new ChartOptions { Language = lang }, cancellationToken);
            }
            catch (FileNotFoundException missing)
            {
                throw new BadInputException(missing.Message);
            }
            catch (Exception invalid) when (invalid is System.Text.Json.JsonException or InvalidDataException or IOException && invalid is not FileNotFoundException)
            {
                throw new BadInputException($"{path}: the saved results cannot be read: {invalid.Message}");
            }

            context.Console.MarkupLineInterpolated($"{(lang == "ja" ? "図" : "Charts")}: {charts.Count} × PNG + SVG in {Path.Combine(Path.GetFullPath(path), Charts.Rendering.ResultCharts.Folder)}");
            if (File.Exists(Path.Combine(path, ReportHtml.FileName)) && File.Exists(Path.Combine(path, ResultFileNames.SummaryJson)))
            {
                context.Console.MarkupLineInterpolated($"{(lang == "ja" ? "レポート" : "Report")}: {Path.Combine(Path.GetFullPath(path), ReportHtml.FileName)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
