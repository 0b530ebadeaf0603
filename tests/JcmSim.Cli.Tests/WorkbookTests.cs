using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Reports;
using JcmSim.Cli.Tests.Support;
using JcmSim.Model.Simulation;
using JcmSim.Runs.Workbooks;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.Cli.Tests;

/// <summary>
/// Every <c>jcmsim run</c> writes results.xlsx, the planner's workbook: read back with ClosedXML, every
/// number of every sheet equals summary.json, annual.parquet and manifest.json to Excel's 15 significant
/// digits (only the display is rounded further), headings follow <c>--lang</c>.
/// </summary>
public sealed class WorkbookTests
{
    [Fact]
    public async Task A_two_scenario_run_writes_a_workbook_whose_every_number_equals_the_result_files()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "two");
        var run = CliRun.Invoke("run", Repository.Baseline, Path.Combine(Repository.Root, "scenarios", "private-finance-high.yaml"),
            "--trials", "40", "--seed", "5", "--out", output, "--in-process");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);

        var results = await RunResults.LoadAsync(output);
        var read = ResultWorkbook.Read(Path.Combine(output, ResultFileNames.ResultsWorkbook));
        Assert.Equal(["Summary", "Comparisons", "Annual", "Assumptions", "Manifest"], read.Select(s => s.Name));
        var sheets = read.ToDictionary(s => s.Name);

        // Summary: one row per scenario and target, every reading side by side.
        var summary = sheets["Summary"];
        var targets = results.Summary.Scenarios.SelectMany(s => s.Targets.Select(t => (Scenario: s, Target: t))).ToList();
        Assert.Equal(4, summary.Rows.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            var (scenario, target) = targets[i];
            var row = Row(summary, i);
            Assert.Equal(scenario.Name, row.S("Scenario"));
            Assert.Equal(Excel(target.FiscalYear), row.N("Target fiscal year"));
            Assert.Equal(Excel(target.ThresholdMt), row.N("Target (MtCO2, cumulative)"));
            Assert.Equal("Realised reductions (live frameworks)", row.S("Reading tested against the target"));
            Assert.Equal(Excel(target.Probability), row.N("P(target met)"));
            Assert.Equal(Excel(target.CiLow), row.N("P: 95% interval, low (Wilson)"));
            Assert.Equal(Excel(target.CiHigh), row.N("P: 95% interval, high (Wilson)"));
            Assert.Equal(Excel(target.CumulativeMt.P50), row.N("Cumulative, median (MtCO2)"));
            Assert.Equal(Excel(target.CumulativeMt.P5), row.N("Cumulative, 5% (MtCO2)"));
            Assert.Equal(Excel(target.CumulativeMt.P95), row.N("Cumulative, 95% (MtCO2)"));
            foreach (var reading in TargetReadingText.All)
            {
                var values = target.Readings!.Of(reading);
                var name = TargetReadingText.Short(reading, "en");
                Assert.Equal(Excel(values.P50), row.N($"{name}: median (MtCO2)"));
                Assert.Equal(Excel(values.P5), row.N($"{name}: 5% (MtCO2)"));
                Assert.Equal(Excel(values.P95), row.N($"{name}: 95% (MtCO2)"));
            }

            Assert.Equal(Excel(scenario.Trials), row.N("Trials"));
            Assert.Equal(scenario.Seed, (ulong)row.N("Seed")!.Value);
        }

        // Comparisons: the paired differences against the first scenario, as summary.json has them.
        var comparisons = sheets["Comparisons"];
        Assert.Equal(results.Summary.Comparison.Count, comparisons.Rows.Count);
        for (var i = 0; i < comparisons.Rows.Count; i++)
        {
            var expected = results.Summary.Comparison[i];
            var row = Row(comparisons, i);
            Assert.Equal(expected.Scenario, row.S("Scenario"));
            Assert.Equal(expected.Reference, row.S("Reference"));
            Assert.Equal(Excel(expected.FiscalYear), row.N("Target fiscal year"));
            Assert.Equal(Excel(expected.Pairs), row.N("Paired trials"));
            Assert.Equal(Excel(expected.Probability.Difference), row.N("Difference in P(target met), points"));
            Assert.Equal(Excel(expected.Probability.CiLow), row.N("P difference: 95% interval, low (Tango)"));
            Assert.Equal(Excel(expected.Probability.CiHigh), row.N("P difference: 95% interval, high (Tango)"));
            Assert.Equal(Excel(expected.CumulativeMt.Difference), row.N("Difference in mean cumulative (MtCO2)"));
            Assert.Equal(Excel(expected.CumulativeMt.CiLow), row.N("Cumulative difference: 95% interval, low (MtCO2)"));
            Assert.Equal(Excel(expected.CumulativeMt.CiHigh), row.N("Cumulative difference: 95% interval, high (MtCO2)"));
        }

        // Annual: every reading's cumulative by fiscal year, per scenario, the tested reading first.
        var annual = sheets["Annual"];
        var expectedAnnual = results.Summary.Scenarios.SelectMany(s => TargetReadingText.All.OrderBy(r => r == s.Reading ? 0 : 1)
            .Select(r => results.Annual.Find(s.Name, SeriesLayout.CumulativeId(r))!)
            .SelectMany(series => series.Years.Select((year, i) => (series, year, i)))).ToList();
        Assert.Equal(expectedAnnual.Count, annual.Rows.Count);
        for (var i = 0; i < annual.Rows.Count; i++)
        {
            var (series, year, k) = expectedAnnual[i];
            var row = Row(annual, i);
            Assert.Equal(series.Scenario, row.S("Scenario"));
            Assert.Equal(series.Series, row.S("Series id (annual.parquet)"));
            Assert.Equal(Excel(year), row.N("Fiscal year"));
            Assert.Equal(Excel(series.P5[k]), row.N("5% (MtCO2)"));
            Assert.Equal(Excel(series.P25[k]), row.N("25% (MtCO2)"));
            Assert.Equal(Excel(series.P50[k]), row.N("Median (MtCO2)"));
            Assert.Equal(Excel(series.P75[k]), row.N("75% (MtCO2)"));
            Assert.Equal(Excel(series.P95[k]), row.N("95% (MtCO2)"));
            Assert.Equal(Excel(series.Mean[k]), row.N("Mean (MtCO2)"));
        }

        Assert.Equal("reductions.cumulative", Row(annual, 0)["Series id (annual.parquet)"]);
        Assert.Equal("yes", Row(annual, 0)["Tested against the target"]);

        // Assumptions: every uncertain input and setting of each scenario, with the catalogue's basis.
        var assumptions = sheets["Assumptions"];
        var baseline = results.Scenarios[0]!;
        var inputs = AssumptionsTable.Rows(baseline);
        Assert.Equal(results.Scenarios.Sum(s => AssumptionsTable.Rows(s!).Count + ScenarioSettings.Rows(s!, "en").Count), assumptions.Rows.Count);
        var multiplier = inputs.Single(r => r.Path == "pipeline.multiplier");
        var multiplierRow = Enumerable.Range(0, assumptions.Rows.Count).Select(i => Row(assumptions, i))
            .First(r => r.S("Scenario") == "baseline" && r.S("Path in the scenario") == "pipeline.multiplier");
        Assert.Equal(multiplier.Distribution, multiplierRow.S("Distribution or value"));
        Assert.Equal(Excel(multiplier.P10), multiplierRow.N("P10"));
        Assert.Equal(Excel(multiplier.Mean), multiplierRow.N("Mean"));
        Assert.Equal(Excel(multiplier.P90), multiplierRow.N("P90"));
        Assert.Equal(ScenarioFieldFacts.StatedByScenario, multiplierRow.S("Basis of the default"));
        Assert.False(string.IsNullOrEmpty(multiplierRow.S("Meaning")));

        // Manifest: provenance and the SHA-256 of every input file.
        var manifest = sheets["Manifest"];
        var items = Enumerable.Range(0, manifest.Rows.Count).Select(i => Row(manifest, i)).ToList();
        Assert.Equal(results.Manifest.Version, items.Single(r => r.S("Item") == "JcmSim version").S("Value"));
        Assert.Equal(5.0, items.Single(r => r.S("Item") == "Seed").N("Value"));
        Assert.Equal(40.0, items.Single(r => r.S("Item") == "Trials per scenario").N("Value"));
        Assert.Equal("InProcess", items.Single(r => r.S("Item") == "Engine").S("Value"));
        var files = results.Manifest.Scenarios.SelectMany(s => s.Files.Select(f => (s.Name, f.Path, f.Sha256))).ToList();
        Assert.Equal(files, items.Where(r => r.S("Item") == "SHA-256 of an input file").Select(r => (r.S("Scenario")!, r.S("Input file")!, r.S("Value")!)));

        // Formatted for reading: frozen headings, number formats, the tested reading in bold.
        using (var workbook = new XLWorkbook(Path.Combine(output, ResultFileNames.ResultsWorkbook)))
        {
            var sheet = workbook.Worksheet("Summary");
            Assert.All(workbook.Worksheets, s => Assert.Equal(1, s.SheetView.SplitRow));
            Assert.Equal("0.0%", sheet.Cell(2, Column(summary, "P(target met)")).Style.NumberFormat.Format);
            Assert.Equal("#,##0.0", sheet.Cell(2, Column(summary, "Cumulative, median (MtCO2)")).Style.NumberFormat.Format);
            Assert.True(sheet.Cell(2, Column(summary, "Realised: median (MtCO2)")).Style.Font.Bold);
            Assert.False(sheet.Cell(2, Column(summary, "Issued: median (MtCO2)")).Style.Font.Bold);
            Assert.Equal("+0.0%;-0.0%;0.0%", workbook.Worksheet("Comparisons").Cell(2, 5).Style.NumberFormat.Format);
            var capex = Enumerable.Range(0, assumptions.Rows.Count).First(i => Row(assumptions, i).S("Path in the scenario") == "sectors.solar.capexJpyPerTco2PerYear");
            Assert.Equal("JPY per tCO2/yr", Row(assumptions, capex).S("Unit"));
            Assert.Equal("\"¥\"#,##0", workbook.Worksheet("Assumptions").Cell(capex + 2, Column(assumptions, "Mean")).Style.NumberFormat.Format);
        }

        // A valid Office Open XML workbook, as the SDK's validator reads the standard.
        using (var document = SpreadsheetDocument.Open(Path.Combine(output, ResultFileNames.ResultsWorkbook), isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2007).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }

        // Written atomically: a workbook that cannot be put in place leaves no temporary file behind.
        var blocked = Directory.CreateDirectory(Path.Combine(temp.Path, "blocked", "results.xlsx")).FullName;
        Assert.ThrowsAny<IOException>(() => ResultWorkbook.Write(results, blocked, "en"));
        Assert.Equal([blocked], Directory.GetFileSystemEntries(Path.GetDirectoryName(blocked)!));
    }

    [Fact]
    public async Task A_japanese_hindcast_run_writes_japanese_headings_and_every_observation_beside_its_band()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "hindcast");
        var run = CliRun.Invoke("run", Path.Combine(Repository.Root, "scenarios", "hindcast-2013.yaml"),
            "--trials", "20", "--seed", "3", "--out", output, "--in-process", "--lang", "ja");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);

        var results = await RunResults.LoadAsync(output);
        var read = ResultWorkbook.Read(Path.Combine(output, ResultFileNames.ResultsWorkbook));
        Assert.Equal(["Summary", "Annual", "Observations", "Assumptions", "Manifest"], read.Select(s => s.Name));
        var sheets = read.ToDictionary(s => s.Name);
        Assert.Equal(["シナリオ", "タイトル", "目標年度", "目標（百万tCO2、累積）"], sheets["Summary"].Headings.Take(4));
        var summary = Row(sheets["Summary"], 0);
        Assert.Equal(Excel(results.Summary.Scenarios[0].Targets[0].Probability), summary.N("目標達成確率"));
        Assert.Equal(results.Summary.Scenarios[0].Title.In("ja"), summary.S("タイトル"));

        var observations = sheets["Observations"];
        var expected = results.Summary.Scenarios[0].Observations;
        Assert.Equal(expected.Count, observations.Rows.Count);
        Assert.Contains("判定", observations.Headings);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = Row(observations, i);
            Assert.Equal(expected[i].Quantity, row.S("数量ID"));
            Assert.Equal(Excel(expected[i].FiscalYear), row.N("年度"));
            Assert.Equal(expected[i].AsOf, row.S("時点"));
            Assert.Equal(Excel(expected[i].Value), row.N("実績値"));
            Assert.Equal(Excel(expected[i].P5), row.N("モデル 5%点"));
            Assert.Equal(Excel(expected[i].P50), row.N("モデル 中央値"));
            Assert.Equal(Excel(expected[i].P95), row.N("モデル 95%点"));
            Assert.Equal(expected[i].Source, row.S("出典"));
        }

        var verdicts = observations.Column(observations.Headings.ToList().IndexOf("判定"));
        Assert.Contains("区間内", verdicts);
        Assert.Contains("モデル外", verdicts);
    }

    // The workbook keeps a number to Excel's precision, 15 significant digits (what Excel itself shows
    // and computes with); anything else off, even in the 15th digit, fails.
    private static double? Excel(double? value) =>
        value is { } v ? double.Parse(v.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

    private static Cells Row(WorkbookSheet sheet, int row) => new(sheet, row);

    private static int Column(WorkbookSheet sheet, string heading) => sheet.Headings.ToList().IndexOf(heading) + 1;

    // A data row read by heading: numbers as Excel stores them (double), text as text.
    private sealed class Cells(WorkbookSheet sheet, int row)
    {
        public double? N(string heading) => (double?)this[heading];

        public string? S(string heading) => (string?)this[heading];

        public object? this[string heading]
        {
            get
            {
                var column = sheet.Headings.ToList().IndexOf(heading);
                Assert.True(column >= 0, $"Sheet {sheet.Name} has no column '{heading}'.");
                return sheet[row, column];
            }
        }
    }
}
