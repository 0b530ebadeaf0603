namespace JcmSim.Analysis.Results;

/// <summary>The names of the files a run writes into its output folder (README "The command line").</summary>
public static class ResultFileNames
{
    /// <summary>Per-scenario, per-target statistics and comparisons (<see cref="RunSummary"/>).</summary>
    public const string SummaryJson = "summary.json";

    /// <summary>The summary as a Markdown table.</summary>
    public const string SummaryMarkdown = "summary.md";

    /// <summary>One row per trial per scenario.</summary>
    public const string TrialsParquet = "trials.parquet";

    /// <summary>The same rows as <see cref="TrialsParquet"/>, as CSV.</summary>
    public const string TrialsCsv = "trials.csv";

    /// <summary>One row per scenario, annual series and fiscal year: mean and quantiles.</summary>
    public const string AnnualParquet = "annual.parquet";

    /// <summary>Provenance of the run (<see cref="RunManifest"/>).</summary>
    public const string ManifestJson = "manifest.json";

    /// <summary>The planner's workbook: summary, comparisons, annual quantiles, observations, assumptions and manifest as formatted sheets (<c>JcmSim.Runs.Workbooks.ResultWorkbook</c>).</summary>
    public const string ResultsWorkbook = "results.xlsx";

    /// <summary>Warnings and errors the Orleans runtime and hosting logged during the run (empty when none; on the console only with <c>--verbose</c>).</summary>
    public const string HostLog = "jcmsim.log";
}
