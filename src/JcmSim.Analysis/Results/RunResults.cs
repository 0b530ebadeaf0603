using System.Text.Json;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>
/// Everything the charts and the report draw from, loaded from a result folder written by
/// <c>jcmsim run</c> (summary.json, manifest.json, annual.parquet, trials.parquet). Loading reads;
/// charts only draw.
/// </summary>
public sealed class RunResults
{
    /// <summary>The folder the results were read from.</summary>
    public required string Folder { get; init; }

    /// <summary>summary.json.</summary>
    public required RunSummary Summary { get; init; }

    /// <summary>manifest.json.</summary>
    public required RunManifest Manifest { get; init; }

    /// <summary>Names and years of each scenario, in run order (as <see cref="RunSummary.Scenarios"/>).</summary>
    public required IReadOnlyList<ScenarioLabels> Labels { get; init; }

    /// <summary>
    /// Each scenario as resolved, in run order, or null where the manifest's scenario JSON cannot be
    /// read by this version (the assumptions table then says so).
    /// </summary>
    public required IReadOnlyList<Scenario?> Scenarios { get; init; }

    /// <summary>annual.parquet.</summary>
    public required AnnualTable Annual { get; init; }

    /// <summary>Histograms of the cumulative at each target year, per scenario.</summary>
    public required IReadOnlyList<TrialHistogram> Histograms { get; init; }

    /// <summary>The reference scenario (the first).</summary>
    public ScenarioSummary Reference => Summary.Scenarios[0];

    /// <summary>The histogram of <paramref name="scenario"/> at <paramref name="fiscalYear"/>, or null.</summary>
    public TrialHistogram? Histogram(string scenario, int fiscalYear) =>
        Histograms.FirstOrDefault(h => h.Scenario == scenario && h.FiscalYear == fiscalYear);

    /// <summary>Loads the results in <paramref name="folder"/>.</summary>
    /// <exception cref="FileNotFoundException">A result file is missing.</exception>
    /// <exception cref="JsonException">summary.json or manifest.json is not valid.</exception>
    /// <exception cref="InvalidDataException">A Parquet file lacks a column.</exception>
    public static async Task<RunResults> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        foreach (var name in new[] { ResultFileNames.SummaryJson, ResultFileNames.ManifestJson, ResultFileNames.AnnualParquet, ResultFileNames.TrialsParquet })
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"'{folder}' is not a result folder of 'jcmsim run': {name} is missing.", path);
            }
        }

        var summary = SummaryJson.Read(Path.Combine(folder, ResultFileNames.SummaryJson));
        if (summary.Scenarios.Count == 0)
        {
            throw new JsonException($"'{Path.Combine(folder, ResultFileNames.SummaryJson)}' lists no scenario.");
        }

        // The two Parquet files are read on other threads while the manifest and its scenarios are read here:
        // a short run's charts and workbook wait for all of it.
        var annualReading = Task.Run(() => AnnualParquetFile.ReadAsync(Path.Combine(folder, ResultFileNames.AnnualParquet), cancellationToken), cancellationToken);
        var histogramsReading = Task.Run(() => TrialHistograms.ReadAsync(
            Path.Combine(folder, ResultFileNames.TrialsParquet),
            summary.Scenarios.Select(s => s.Name).ToList(),
            summary.Scenarios[0].Targets.Select(t => t.FiscalYear).ToList(),
            cancellationToken), cancellationToken);
        RunManifest manifest;
        var labels = new List<ScenarioLabels>();
        var scenarios = new List<Scenario?>();
        try
        {
            manifest = ManifestJson.Read(Path.Combine(folder, ResultFileNames.ManifestJson));
            foreach (var scenario in summary.Scenarios)
            {
                var provenance = manifest.Scenarios.FirstOrDefault(p => p.Name == scenario.Name);
                labels.Add(provenance is null
                    ? new ScenarioLabels(scenario.Name, scenario.Title, scenario.AccountingStartYear, scenario.AccountingStartYear, [], [], [])
                    : ScenarioLabels.FromJson(scenario.Name, provenance.ResolvedScenarioJson, scenario.Title, scenario.AccountingStartYear));
                scenarios.Add(provenance is null ? null : TryDeserialize(provenance.ResolvedScenarioJson));
            }
        }
        catch
        {
            // The manifest's problem is the one reported, once the files are no longer being read.
            await Task.WhenAll(annualReading, histogramsReading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        var annual = await annualReading.ConfigureAwait(false);
        var histograms = await histogramsReading.ConfigureAwait(false);

        return new RunResults
        {
            Folder = folder,
            Summary = summary,
            Manifest = manifest,
            Labels = labels,
            Scenarios = scenarios,
            Annual = annual,
            Histograms = histograms,
        };
    }

    /// <summary>The same results, recorded as being in <paramref name="folder"/> (e.g. once a temporary folder is renamed into place).</summary>
    public RunResults InFolder(string folder) => new()
    {
        Folder = folder,
        Summary = Summary,
        Manifest = Manifest,
        Labels = Labels,
        Scenarios = Scenarios,
        Annual = Annual,
        Histograms = Histograms,
    };

    private static Scenario? TryDeserialize(string json)
    {
        try
        {
            return ScenarioJson.Deserialize(json);
        }
        catch (JsonException)
        {
            // Written by another version of the scenario format: charts keep their labels from
            // ScenarioLabels; only the assumptions table is left out.
            return null;
        }
    }
}
