using JcmSim.Charts.Reports;
using JcmSim.Charts;
using JcmSim.Charts.Rendering;
using JcmSim.Charts.Style;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Tornado;
using JcmSim.Runs.Workbooks;

namespace JcmSim.Runs;

/// <summary>
/// Writes the charts (charts/*.png, charts/*.svg) and report.html of a result folder, from the
/// result files in it. Used by <c>jcmsim run</c> on its temporary folder before the rename, and by
/// <c>jcmsim chart</c> to re-render a saved folder in another language.
/// </summary>
public static class ResultFolderRenderer
{
    /// <summary>
    /// Loads the results in <paramref name="resultFolder"/> and writes its charts and report into
    /// <paramref name="outputFolder"/> (usually the same folder).
    /// </summary>
    /// <returns>The charts written, in report order.</returns>
    public static async Task<IReadOnlyList<RenderedChart>> RenderAsync(string resultFolder, string outputFolder, ChartOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = await RunResults.LoadAsync(resultFolder, cancellationToken).ConfigureAwait(false);
        return Render(results, outputFolder, options);
    }

    /// <summary>Writes the charts and report of <paramref name="results"/> into <paramref name="outputFolder"/>.</summary>
    public static IReadOnlyList<RenderedChart> Render(RunResults results, string outputFolder, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        var charts = ResultCharts.Render(ResultCharts.For(results, options), Path.Combine(outputFolder, ResultCharts.Folder));
        File.WriteAllText(Path.Combine(outputFolder, ReportHtml.FileName), ReportHtml.Build(results, charts, options.Language));
        return charts;
    }

    /// <summary>The sub-folder of a result folder that holds the charts.</summary>
    public const string ChartsFolder = ResultCharts.Folder;

    /// <summary>The names (file stems) of the charts <c>jcmsim run</c> draws for <paramref name="results"/>, in report order.</summary>
    public static IReadOnlyList<string> ChartStems(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. ResultCharts.For(results, new ChartOptions()).Select(c => c.Stem)];
    }

    /// <summary>
    /// Draws one chart of <paramref name="results"/> as <c>jcmsim run</c> draws it, into
    /// <paramref name="outputFolder"/>/charts/STEM.png and STEM.svg (the explorer's export of one chart).
    /// </summary>
    /// <returns>False when the results have no chart <paramref name="stem"/>.</returns>
    public static bool RenderChart(RunResults results, string stem, string outputFolder, string language)
    {
        ArgumentNullException.ThrowIfNull(results);
        var chart = ResultCharts.For(results, new ChartOptions { Language = language }).FirstOrDefault(c => c.Stem == stem);
        if (chart is null)
        {
            return false;
        }

        ChartFonts.EnsureInstalled();
        ResultCharts.Render([chart], Path.Combine(outputFolder, ResultCharts.Folder));
        return true;
    }

    /// <summary>Writes the tornado charts of <paramref name="result"/> into <paramref name="outputFolder"/>/charts.</summary>
    public static IReadOnlyList<RenderedChart> Render(TornadoResult result, string outputFolder, ChartOptions options) =>
        ResultCharts.Render(ResultCharts.For(result, options), Path.Combine(outputFolder, ResultCharts.Folder));

    /// <summary>
    /// Re-renders the charts and report of a saved folder (a run's, with its results.xlsx, or a tornado
    /// study's when it holds tornado.json) without touching its results: everything is first written to a staging folder
    /// inside it, then the old charts folder and report are replaced.
    /// </summary>
    /// <returns>The charts written.</returns>
    /// <exception cref="FileNotFoundException">The folder holds neither a run's results nor a tornado study.</exception>
    public static async Task<IReadOnlyList<RenderedChart>> RerenderAsync(string folder, ChartOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(options);
        var staging = Path.Combine(folder, $".render-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            IReadOnlyList<RenderedChart> charts;
            var tornado = Path.Combine(folder, TornadoFiles.Json);
            var isTornado = File.Exists(tornado) && !File.Exists(Path.Combine(folder, ResultFileNames.SummaryJson));
            if (isTornado)
            {
                charts = Render(TornadoFiles.Read(tornado), staging, options);
            }
            else
            {
                var results = await RunResults.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
                charts = Render(results, staging, options);

                // The workbook's headings are in the report's language, so a new edition rewrites it too.
                ResultWorkbook.Write(results, Path.Combine(staging, ResultFileNames.ResultsWorkbook), options.Language);
            }

            var chartsFolder = Path.Combine(folder, ResultCharts.Folder);
            var old = Path.Combine(folder, $".old-{Guid.NewGuid():N}");
            if (Directory.Exists(chartsFolder))
            {
                Directory.Move(chartsFolder, old);
            }

            Directory.Move(Path.Combine(staging, ResultCharts.Folder), chartsFolder);
            if (!isTornado)
            {
                File.Move(Path.Combine(staging, ReportHtml.FileName), Path.Combine(folder, ReportHtml.FileName), overwrite: true);
                File.Move(Path.Combine(staging, ResultFileNames.ResultsWorkbook), Path.Combine(folder, ResultFileNames.ResultsWorkbook), overwrite: true);
            }

            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }

            return charts.Select(c => c with
            {
                PngPath = Path.Combine(chartsFolder, Path.GetFileName(c.PngPath)),
                SvgPath = Path.Combine(chartsFolder, Path.GetFileName(c.SvgPath)),
            }).ToList();
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
