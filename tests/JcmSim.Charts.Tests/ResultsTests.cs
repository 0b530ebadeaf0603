using JcmSim.Analysis.Results;
using JcmSim.Charts.Tests.Support;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Tests;

/// <summary>Reading a result folder: summary, manifest labels, annual series and trial histograms.</summary>
[Collection(SampleResultsCollection.Name)]
public sealed class ResultsTests(SampleResultsFixture samples)
{
    [Fact]
    public void Results_hold_every_scenario_with_its_labels_and_resolved_scenario()
    {
        var results = samples.Three;
        Assert.Equal(["current", "private-x2", "partners-45"], results.Summary.Scenarios.Select(s => s.Name));
        Assert.Equal("民間資金倍増", results.Labels[1].Title.In("ja"));
        Assert.Equal(2026, results.Labels[0].FirstSimulatedYear);
        Assert.Equal(2013, results.Labels[0].AccountingStartYear);
        Assert.Equal("環境省JCM資金支援事業（設備補助事業）", results.Labels[0].Channel("moej").In("ja"));
        Assert.Equal("タンザニア", results.Labels[0].Country("TZA").In("ja"));
        Assert.Equal("unknown", results.Labels[0].Sector("unknown").En);
        Assert.All(results.Scenarios, s => Assert.NotNull(s));
    }

    [Fact]
    public void Annual_series_have_every_year_and_country_series_only_means()
    {
        var cumulative = samples.One.Annual.Find("current", "reductions.cumulative")!;
        Assert.Equal(Enumerable.Range(2013, 28), cumulative.Years);
        Assert.False(cumulative.MeanOnly);
        Assert.True(cumulative.P5[^1] <= cumulative.P50[^1] && cumulative.P50[^1] <= cumulative.P95[^1]);

        var countries = samples.One.Annual.WithPrefix("current", "reductions.country.");
        Assert.Equal(13, countries.Count);
        Assert.All(countries, c => Assert.True(c.MeanOnly));

        // Means add up: the countries' cumulative means sum to the mean cumulative.
        var sum = countries.Sum(c => c.CumulativeMean(2013)[^1]);
        Assert.Equal(cumulative.Mean[^1], sum, 6);
    }

    [Fact]
    public void Histograms_count_every_trial_once_on_shared_bins()
    {
        foreach (var year in new[] { 2030, 2040 })
        {
            var histograms = samples.Three.Histograms.Where(h => h.FiscalYear == year).ToList();
            Assert.Equal(3, histograms.Count);
            Assert.All(histograms, h => Assert.Equal(400, h.Counts.Sum()));
            Assert.Single(histograms.Select(h => (h.BinStartMt, h.BinWidthMt, h.Counts.Length)).Distinct());
        }

        // The histogram agrees with the summary: the share at or above the threshold is P(met)
        // up to the bin that holds the threshold.
        var h2030 = samples.Three.Histogram("partners-45", 2030)!;
        var first = (int)Math.Ceiling((100 - h2030.BinStartMt) / h2030.BinWidthMt);
        var above = h2030.Counts.Skip(first).Sum() / 400.0;
        var probability = samples.Three.Summary.Scenarios[2].Targets[0].Probability;
        Assert.InRange(probability, above, above + h2030.Share(first - 1) + 1e-12);
    }

    [Theory]
    [InlineData(18.49, 20.16, 0.05)]
    [InlineData(0, 1000, 25)]
    [InlineData(57.2, 79.8, 0.5)]
    [InlineData(30, 240, 5)]
    public void Bins_have_a_nice_width_near_forty_bins(double min, double max, double width)
    {
        var (start, actual, count) = TrialHistograms.Bins(min, max);
        Assert.Equal(width, actual, 12);
        Assert.True(start <= min && start + (count * actual) > max);
        Assert.InRange(count, 20, 81);
        Assert.Equal(0, Math.IEEERemainder(start, actual), 9);
    }

    [Fact]
    public void Identical_trials_get_one_bin()
    {
        var (start, width, count) = TrialHistograms.Bins(19.2, 19.2);
        Assert.Equal(1, count);
        Assert.True(start < 19.2 && start + width > 19.2);
    }

    [Fact]
    public void Labels_tolerate_a_resolved_scenario_from_another_version()
    {
        var json = """{"name":"x","title":{"en":"X","ja":"エックス"},"futureField":1,"horizon":{"firstYear":2027},"channels":[{"id":"moej","name":{"en":"MOEJ"}}],"sectors":"not a list"}""";
        var labels = ScenarioLabels.FromJson("x", json, new LocalizedText("fallback"), 2013);
        Assert.Equal("エックス", labels.Title.In("ja"));
        Assert.Equal(2027, labels.FirstSimulatedYear);
        Assert.Equal(2013, labels.AccountingStartYear);
        Assert.Equal("MOEJ", labels.Channel("moej").In("ja"));
        Assert.Empty(labels.Sectors);
    }

    [Fact]
    public async Task A_folder_without_results_is_refused_with_the_missing_file_named()
    {
        using var temp = new TempDirectory();
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => RunResults.LoadAsync(temp.Path));
        Assert.Contains("summary.json", error.Message);
    }
}
