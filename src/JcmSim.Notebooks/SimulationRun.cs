using JcmSim.Runs;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Tables;
using JcmSim.Charts;
using JcmSim.Charts.Style;
using JcmSim.Runs.Workbooks;
using ScottPlot;

namespace JcmSim.Notebooks;

/// <summary>
/// The results of <see cref="Jcm.RunAsync"/> or <see cref="Jcm.CompareAsync"/>: the summary as a
/// table, per-trial arrays, the annual series, every chart of <c>jcmsim run</c> as a ScottPlot
/// <see cref="Plot"/>, and the standard result files on request (<see cref="SaveAsync"/>). The same
/// scenario, trials and seed give the same numbers, whatever the engine.
/// </summary>
public sealed class SimulationRun
{
    private readonly IReadOnlyList<TrialOutcomes> _trials;
    private readonly IReadOnlyDictionary<string, byte[]> _files;

    internal SimulationRun(RunResults results, IReadOnlyList<TrialOutcomes> trials, IReadOnlyDictionary<string, byte[]> files)
    {
        Results = results;
        _trials = trials;
        _files = files;
    }

    /// <summary>What the charts draw from: summary.json, manifest.json and annual.parquet as loaded by <see cref="RunResults.LoadAsync"/>.</summary>
    public RunResults Results { get; }

    /// <summary>summary.json: per scenario and target, P(met) with its Wilson interval, quantiles of the cumulative, Japan's ITMOs, the shortfall.</summary>
    public RunSummary RunSummary => Results.Summary;

    /// <summary>The scenario names, in run order; the first is the reference.</summary>
    public IReadOnlyList<string> Scenarios => RunSummary.Scenarios.Select(s => s.Name).ToList();

    /// <summary>
    /// Per scenario: P(each target) with its 95% Wilson interval, the median and 5–95% range of the
    /// cumulative at each target year, Japan's ITMO share (the table <c>jcmsim run</c> prints).
    /// </summary>
    public ResultTable Summary => new(SummaryTableText.Build(RunSummary, "en"));

    /// <summary>
    /// The paired differences of every scenario from the first (common random numbers), with 95%
    /// intervals; no rows for a single scenario.
    /// </summary>
    public ResultTable Comparison => new(ComparisonTableText.Build(RunSummary, "en"));

    /// <summary>The reference scenario's per-trial results.</summary>
    public TrialOutcomes Trials => _trials[0];

    /// <summary>The summary table in Japanese (<c>ja</c>) or English (<c>en</c>).</summary>
    public ResultTable SummaryIn(string language) => new(SummaryTableText.Build(RunSummary, CheckLanguage(language)));

    /// <summary>The per-trial results of scenario <paramref name="scenario"/>.</summary>
    /// <exception cref="ArgumentException">No scenario of the run has that name.</exception>
    public TrialOutcomes TrialsOf(string scenario) =>
        _trials.FirstOrDefault(t => t.Scenario == scenario)
        ?? throw new ArgumentException($"The run has no scenario '{scenario}' (allowed: {string.Join(", ", Scenarios)}).", nameof(scenario));

    /// <summary>
    /// One annual series of annual.parquet (mean and 5/25/50/75/95% quantiles per fiscal year), e.g.
    /// <c>reductions.cumulative</c>, <c>credits.japan</c>, <c>partners.active</c>.
    /// </summary>
    /// <param name="series">Series id.</param>
    /// <param name="scenario">Scenario name; null for the reference.</param>
    /// <exception cref="ArgumentException">The run wrote no such series.</exception>
    public AnnualSeriesValues Annual(string series, string? scenario = null)
    {
        var name = scenario ?? Scenarios[0];
        return Results.Annual.Find(name, series)
            ?? throw new ArgumentException(
                $"Scenario '{name}' has no annual series '{series}' (allowed: {string.Join(", ", AnnualSeriesIds(name).Take(12))}, …; see AnnualSeriesIds).", nameof(series));
    }

    /// <summary>Every annual series id of a scenario, in id order.</summary>
    /// <param name="scenario">Scenario name; null for the reference.</param>
    public IReadOnlyList<string> AnnualSeriesIds(string? scenario = null) =>
        Results.Annual.WithPrefix(scenario ?? Scenarios[0], "").Select(s => s.Series).ToList();

    /// <summary>Cumulative reductions by fiscal year: median, 50% and 90% bands, the targets; every scenario overlaid.</summary>
    public Plot FanChart(string language = "en") => Draw(o => ChartBook.FanChart(Results, o), language);

    /// <summary>P(each target) per scenario with 95% Wilson whiskers.</summary>
    public Plot TargetChart(string language = "en") => Draw(o => ChartBook.TargetProbabilities(Results, o), language);

    /// <summary>Histogram of the cumulative at target year <paramref name="fiscalYear"/>, the target line and P(met).</summary>
    public Plot DistributionChart(int fiscalYear, string language = "en") => Draw(o => ChartBook.CumulativeDistribution(Results, fiscalYear, o), language);

    /// <summary>Stacked mean cumulative reductions of one scenario by finance channel, sector or partner country.</summary>
    /// <param name="breakdown">What to break the reductions down by.</param>
    /// <param name="scenario">Scenario name; null for the reference.</param>
    /// <param name="language">"en" or "ja".</param>
    public Plot ContributionChart(Breakdown breakdown = Breakdown.Channel, string? scenario = null, string language = "en") =>
        Draw(o => ChartBook.Contributions(Results, breakdown, IndexOf(scenario), o), language);

    /// <summary>Partner countries with an agreement in force (median and bands) against the partners signed so far.</summary>
    public Plot PartnerChart(string? scenario = null, string language = "en") => Draw(o => ChartBook.PartnerCount(Results, IndexOf(scenario), o), language);

    /// <summary>Mean credits issued per fiscal year: ITMOs to Japan, retained by the host, cancelled.</summary>
    public Plot CreditsChart(string? scenario = null, string language = "en") => Draw(o => ChartBook.CreditsSplit(Results, IndexOf(scenario), o), language);

    /// <summary>Paired difference in P(target) of each scenario against the reference, with 95% intervals.</summary>
    /// <exception cref="ArgumentException">The run has a single scenario.</exception>
    public Plot ComparisonChart(string language = "en") => Draw(o => ChartBook.ScenarioComparison(Results, o), language);

    /// <summary>
    /// Writes the standard result folder of <c>jcmsim run</c> (summary.json, summary.md,
    /// trials.parquet, trials.csv, annual.parquet, manifest.json, charts/, report.html, results.xlsx) into
    /// <paramref name="folder"/>, atomically: a folder that exists is complete.
    /// </summary>
    /// <param name="folder">Output folder; must be empty or absent unless <paramref name="force"/>.</param>
    /// <param name="force">Replace a non-empty folder.</param>
    /// <param name="language">Language of the charts, report and workbook, "en" or "ja".</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The folder's full path.</returns>
    /// <exception cref="OutputFolderException">The folder is not empty and <paramref name="force"/> is false.</exception>
    public async Task<string> SaveAsync(string folder, bool force = false, string language = "en", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var options = new ChartOptions { Language = CheckLanguage(language) };
        ChartFonts.EnsureInstalled();
        using var output = ResultFolder.Create(folder, force);
        foreach (var (name, bytes) in _files)
        {
            await File.WriteAllBytesAsync(Path.Combine(output.TempPath, name), bytes, cancellationToken).ConfigureAwait(false);
        }

        await ResultFolderRenderer.RenderAsync(output.TempPath, output.TempPath, options, cancellationToken).ConfigureAwait(false);

        // The run wrote its workbook in English; the saved folder's is in the language asked for, as its report.
        ResultWorkbook.Write(Results, Path.Combine(output.TempPath, ResultFileNames.ResultsWorkbook), options.Language);
        output.Commit();
        return output.FinalPath;
    }

    /// <summary>The summary table as text.</summary>
    public override string ToString() => Summary.ToString();

    private Plot Draw(Func<ChartOptions, Plot> chart, string language)
    {
        ChartFonts.EnsureInstalled();
        return chart(new ChartOptions { Language = CheckLanguage(language) });
    }

    private int IndexOf(string? scenario)
    {
        if (scenario is null)
        {
            return 0;
        }

        var index = Scenarios.ToList().IndexOf(scenario);
        return index >= 0 ? index : throw new ArgumentException($"The run has no scenario '{scenario}' (allowed: {string.Join(", ", Scenarios)}).", nameof(scenario));
    }

    private static string CheckLanguage(string language) =>
        language is "en" or "ja" ? language : throw new ArgumentException($"Language '{language}' is not supported (allowed: en, ja).", nameof(language));
}
