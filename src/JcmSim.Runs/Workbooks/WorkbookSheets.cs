using System.Globalization;
using JcmSim.Analysis.Observations;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Reports;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.Runs.Workbooks;

/// <summary>
/// What each sheet of results.xlsx holds: its columns (heading in English and Japanese with the unit,
/// width, number format, value) and its rows, drawn from a run's results. It formats; it computes nothing.
/// </summary>
internal sealed class WorkbookSheets(RunResults results, string language)
{
    /// <summary>The sheet names, in workbook order (Comparisons and Observations only when the run has them).</summary>
    public const string Summary = "Summary", Comparisons = "Comparisons", Annual = "Annual", Observations = "Observations", Assumptions = "Assumptions", Manifest = "Manifest";

    private const string Mt = "#,##0.0";
    private const string Share = "0.0%";
    private const string SignedShare = "+0.0%;-0.0%;0.0%";
    private const string SignedMt = "+#,##0.0;-#,##0.0;0.0";
    private const string Year = "0";
    private const string Count = "#,##0";
    private const string Yen = "\"¥\"#,##0";

    private readonly ChartText _chart = ChartText.For(language);
    private readonly ReportText _report = ReportText.For(language);

    private bool Ja => language == "ja";

    /// <summary>Adds every sheet to <paramref name="workbook"/>.</summary>
    public void AddTo(WorkbookWriter workbook)
    {
        workbook.AddSheet(Summary, SummaryColumns(), SummaryRows(), language);
        if (results.Summary.Comparison.Count > 0)
        {
            workbook.AddSheet(Comparisons, ComparisonColumns(), results.Summary.Comparison, language);
        }

        workbook.AddSheet(Annual, AnnualColumns(), AnnualRows(), language);
        var observations = results.Summary.Scenarios.SelectMany(s => s.Observations.Select(o => (Scenario: s.Name, Observation: o))).ToList();
        if (observations.Count > 0)
        {
            workbook.AddSheet(Observations, ObservationColumns(), observations, language);
        }

        workbook.AddSheet(Assumptions, AssumptionColumns(), AssumptionRows(), language);
        workbook.AddSheet(Manifest, ManifestColumns(), ManifestRows(), language);
    }

    // Summary: one row per scenario and target.
    private sealed record TargetRow(ScenarioSummary Scenario, TargetSummary Target);

    private List<TargetRow> SummaryRows() => [.. results.Summary.Scenarios.SelectMany(s => s.Targets.Select(t => new TargetRow(s, t)))];

    private List<WorkbookColumn<TargetRow>> SummaryColumns()
    {
        var mt = _chart.MtUnit;
        var columns = new List<WorkbookColumn<TargetRow>>
        {
            new("Scenario", "シナリオ", 22, null, r => r.Scenario.Name),
            new("Title", "タイトル", 34, null, r => r.Scenario.Title.In(language)),
            new("Target fiscal year", "目標年度", 10, Year, r => r.Target.FiscalYear),
            new($"Target ({mt}, cumulative)", $"目標（{mt}、累積）", 12, Mt, r => r.Target.ThresholdMt),
            new("Reading tested against the target", "目標の判定に用いる指標", 26, null, r => TargetReadingText.Name(r.Scenario.Reading, language)),
            new("P(target met)", "目標達成確率", 10, Share, r => r.Target.Probability),
            new("P: 95% interval, low (Wilson)", "確率の95%区間 下限（Wilson）", 12, Share, r => r.Target.CiLow),
            new("P: 95% interval, high (Wilson)", "確率の95%区間 上限（Wilson）", 12, Share, r => r.Target.CiHigh),
            new($"Cumulative, median ({mt})", $"累積 中央値（{mt}）", 12, Mt, r => r.Target.CumulativeMt.P50),
            new($"Cumulative, 5% ({mt})", $"累積 5%点（{mt}）", 12, Mt, r => r.Target.CumulativeMt.P5),
            new($"Cumulative, 95% ({mt})", $"累積 95%点（{mt}）", 12, Mt, r => r.Target.CumulativeMt.P95),
        };

        // Every reading side by side; the tested one's cells in bold.
        foreach (var reading in TargetReadingText.All)
        {
            var en = TargetReadingText.Short(reading, "en");
            var ja = TargetReadingText.Short(reading, "ja");
            columns.Add(new($"{en}: median ({mt})", $"{ja}：中央値（{mt}）", 12, Mt, r => r.Target.Readings?.Of(reading).P50) { Bold = r => r.Scenario.Reading == reading });
            columns.Add(new($"{en}: 5% ({mt})", $"{ja}：5%点（{mt}）", 11, Mt, r => r.Target.Readings?.Of(reading).P5) { Bold = r => r.Scenario.Reading == reading });
            columns.Add(new($"{en}: 95% ({mt})", $"{ja}：95%点（{mt}）", 11, Mt, r => r.Target.Readings?.Of(reading).P95) { Bold = r => r.Scenario.Reading == reading });
        }

        columns.Add(new("Trials", "試行回数", 10, Count, r => r.Scenario.Trials));
        columns.Add(new("Seed", "シード", 10, Year, r => ResultWorkbook.WholeNumber(r.Scenario.Seed)));
        return columns;
    }

    private List<WorkbookColumn<ScenarioComparison>> ComparisonColumns()
    {
        var mt = _chart.MtUnit;
        return
        [
            new("Scenario", "シナリオ", 22, null, c => c.Scenario),
            new("Reference", "比較基準", 22, null, c => c.Reference),
            new("Target fiscal year", "目標年度", 10, Year, c => c.FiscalYear),
            new("Paired trials", "対応のある試行数", 10, Count, c => c.Pairs),
            new("Difference in P(target met), points", "目標達成確率の差（ポイント）", 14, SignedShare, c => c.Probability.Difference),
            new("P difference: 95% interval, low (Tango)", "確率差の95%区間 下限（Tango）", 14, SignedShare, c => c.Probability.CiLow),
            new("P difference: 95% interval, high (Tango)", "確率差の95%区間 上限（Tango）", 14, SignedShare, c => c.Probability.CiHigh),
            new($"Difference in mean cumulative ({mt})", $"累積平均の差（{mt}）", 14, SignedMt, c => c.CumulativeMt.Difference),
            new($"Cumulative difference: 95% interval, low ({mt})", $"累積差の95%区間 下限（{mt}）", 14, SignedMt, c => c.CumulativeMt.CiLow),
            new($"Cumulative difference: 95% interval, high ({mt})", $"累積差の95%区間 上限（{mt}）", 14, SignedMt, c => c.CumulativeMt.CiHigh),
        ];
    }

    // Annual: the cumulative of every reading by fiscal year, the tested reading first.
    private sealed record AnnualRowView(ScenarioSummary Scenario, TargetReading Reading, AnnualSeriesValues Series, int Index);

    private List<AnnualRowView> AnnualRows()
    {
        var rows = new List<AnnualRowView>();
        foreach (var scenario in results.Summary.Scenarios)
        {
            foreach (var reading in TargetReadingText.All.OrderBy(r => r == scenario.Reading ? 0 : 1))
            {
                if (results.Annual.Find(scenario.Name, SeriesLayout.CumulativeId(reading)) is { } series)
                {
                    rows.AddRange(series.Years.Select((_, i) => new AnnualRowView(scenario, reading, series, i)));
                }
            }
        }

        return rows;
    }

    private List<WorkbookColumn<AnnualRowView>> AnnualColumns()
    {
        var mt = _chart.MtUnit;
        static bool Tested(AnnualRowView r) => r.Reading == r.Scenario.Reading;
        return
        [
            new("Scenario", "シナリオ", 22, null, r => r.Scenario.Name),
            new("Reading (cumulative)", "指標（累積）", 34, null, r => TargetReadingText.Name(r.Reading, language)) { Bold = Tested },
            new("Tested against the target", "目標の判定に使用", 10, null, r => Tested(r) ? (Ja ? "はい" : "yes") : (Ja ? "いいえ" : "no")),
            new("Series id (annual.parquet)", "系列ID（annual.parquet）", 28, null, r => r.Series.Series),
            new("Fiscal year", "年度", 8, Year, r => r.Series.Years[r.Index]),
            new($"5% ({mt})", $"5%点（{mt}）", 10, Mt, r => r.Series.P5[r.Index]),
            new($"25% ({mt})", $"25%点（{mt}）", 10, Mt, r => r.Series.P25[r.Index]),
            new($"Median ({mt})", $"中央値（{mt}）", 10, Mt, r => r.Series.P50[r.Index]) { Bold = Tested },
            new($"75% ({mt})", $"75%点（{mt}）", 10, Mt, r => r.Series.P75[r.Index]),
            new($"95% ({mt})", $"95%点（{mt}）", 10, Mt, r => r.Series.P95[r.Index]),
            new($"Mean ({mt})", $"平均（{mt}）", 10, Mt, r => r.Series.Mean[r.Index]),
        ];
    }

    private List<WorkbookColumn<(string Scenario, ObservationComparison Observation)>> ObservationColumns() =>
    [
        new("Scenario", "シナリオ", 18, null, r => r.Scenario),
        new("Fiscal year", "年度", 8, Year, r => r.Observation.FiscalYear),
        new("As of", "時点", 11, null, r => r.Observation.AsOf),
        new(_report.ObservationColumn, _report.ObservationColumn, 40, null, r => ObservedQuantityNames.For(r.Observation.Quantity, _chart)),
        new("Quantity id", "数量ID", 24, null, r => r.Observation.Quantity),
        new(_report.SetColumn, _report.SetColumn, 11, null, r => r.Observation.Role == "calibration" ? _report.CalibrationWord : _report.ValidationWord),
        new(_report.RecordedColumn, _report.RecordedColumn, 11, null, r => r.Observation.Value),
        new("Unit", "単位", 10, null, r => r.Observation.Unit),
        new("Model 5%", "モデル 5%点", 10, null, r => r.Observation.P5),
        new("Model median", "モデル 中央値", 10, null, r => r.Observation.P50),
        new("Model 95%", "モデル 95%点", 10, null, r => r.Observation.P95),
        new(_report.VerdictColumn, _report.VerdictColumn, 14, null, r => r.Observation.Verdict switch
        {
            ObservationVerdict.Inside => _report.InsideWord,
            ObservationVerdict.Below => _report.BelowWord,
            ObservationVerdict.Above => _report.AboveWord,
            _ => ChartText.Format(_report.NotModelledFormat, "").TrimEnd(' ', ':', '：'),
        }),
        new("Why not modelled", "モデル外の理由", 40, null, r => r.Observation.NotModelledBecause),
        new(_report.SourceColumn, _report.SourceColumn, 26, null, r => r.Observation.Source),
    ];

    // Assumptions: every uncertain input (distribution, P10, mean, P90) and fixed setting of each scenario,
    // with the field catalogue's unit and basis, and the study range where uncertainties: names it.
    private sealed record AssumptionView(string Scenario, string Kind, string Path, string Label, string Value, double? P10, double? Mean, double? P90, string? Drawn, string? StudyRange, ScenarioFieldFact? Fact);

    private List<AssumptionView> AssumptionRows()
    {
        var rows = new List<AssumptionView>();
        for (var i = 0; i < results.Summary.Scenarios.Count; i++)
        {
            if (results.Scenarios[i] is not { } scenario)
            {
                continue;
            }

            var name = results.Summary.Scenarios[i].Name;
            var ranges = scenario.Uncertainties.Where(u => u.Range is not null).ToDictionary(u => u.Path, u => u.Range!.Describe(), StringComparer.Ordinal);
            var uncertain = Ja ? "不確実な入力" : "uncertain input";
            var setting = Ja ? "設定" : "setting";
            rows.AddRange(AssumptionsTable.Rows(scenario).Select(a => new AssumptionView(
                name, uncertain, a.Path, a.Label.In(language) + (a.Members.Count > 0 ? $" ({string.Join(", ", a.Members)})" : ""), a.Distribution,
                a.P10, a.Mean, a.P90, a.Scope == ParameterScope.PerTrial ? _report.PerTrial : _report.PerProject,
                ranges.GetValueOrDefault(a.Path), ScenarioFieldFacts.Find(a.Path))));
            rows.AddRange(ScenarioSettings.Rows(scenario, language).Select(s => new AssumptionView(
                name, setting, s.Path, s.Label.In(language), s.Value, null, null, null, null, ranges.GetValueOrDefault(s.Path), ScenarioFieldFacts.Find(s.Path))));
        }

        return rows;
    }

    private List<WorkbookColumn<AssumptionView>> AssumptionColumns()
    {
        static string? Number(AssumptionView r) => r.Fact?.Unit.Contains("JPY", StringComparison.Ordinal) == true ? Yen : null;
        return
        [
            new("Scenario", "シナリオ", 18, null, r => r.Scenario),
            new("Kind", "種類", 14, null, r => r.Kind),
            new("Input", "入力", 40, null, r => r.Label),
            new("Path in the scenario", "シナリオ内のパス", 34, null, r => r.Path),
            new("Distribution or value", "分布または値", 34, null, r => r.Value),
            new("P10", "10%点", 11, null, r => r.P10) { CellFormat = Number },
            new("Mean", "平均", 11, null, r => r.Mean) { CellFormat = Number },
            new("P90", "90%点", 11, null, r => r.P90) { CellFormat = Number },
            new("Unit", "単位", 12, null, r => r.Fact?.Unit),
            new("Drawn", "抽出単位", 11, null, r => r.Drawn),
            new("Study range (uncertainties:)", "分析範囲（uncertainties:）", 24, null, r => r.StudyRange),
            new("Basis of the default", "既定値の根拠", 40, null, r => r.Fact?.Basis),
            new("Meaning", "意味", 60, null, r => r.Fact?.Description),
        ];
    }

    // Manifest: the run's provenance, then the SHA-256 of every input file of every scenario.
    private sealed record ManifestRow(string Item, string? Scenario, string? File, object? Value);

    private List<ManifestRow> ManifestRows()
    {
        var m = results.Manifest;
        var rows = new List<ManifestRow>
        {
            new(Ja ? "JcmSimのバージョン" : "JcmSim version", null, null, m.Version),
            new(Ja ? "manifest.jsonのスキーマ版" : "manifest.json schema version", null, null, m.SchemaVersion),
            new(Ja ? "summary.jsonのスキーマ版" : "summary.json schema version", null, null, results.Summary.SchemaVersion),
            new(Ja ? "実行開始（UTC）" : "Started (UTC)", null, null, m.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            new(Ja ? "コマンドライン" : "Command line", null, null, m.CommandLine),
            new(Ja ? "実行エンジン" : "Engine", null, null, m.Mode.ToString()),
            new(Ja ? "サイロ数" : "Silos", null, null, m.SiloCount),
            new(Ja ? "シード" : "Seed", null, null, ResultWorkbook.WholeNumber(m.Seed)),
            new(Ja ? "シナリオあたり試行回数" : "Trials per scenario", null, null, m.Trials),
            new(Ja ? "ブロックサイズ（試行）" : "Block size (trials)", null, null, m.BlockSize),
            new(Ja ? "実行時間（秒）" : "Wall time (s)", null, null, m.WallTimeSeconds),
        };
        foreach (var scenario in m.Scenarios)
        {
            rows.AddRange(scenario.Files.Select(f => new ManifestRow(Ja ? "入力ファイルのSHA-256" : "SHA-256 of an input file", scenario.Name, f.Path, f.Sha256)));
        }

        return rows;
    }

    private List<WorkbookColumn<ManifestRow>> ManifestColumns() =>
    [
        new("Item", "項目", 30, null, r => r.Item),
        new("Value", "値", 70, null, r => r.Value) { CellFormat = r => r.Value is double d && d != Math.Floor(d) ? "#,##0.0" : null },
        new("Scenario", "シナリオ", 18, null, r => r.Scenario),
        new("Input file", "入力ファイル", 50, null, r => r.File),
    ];
}
