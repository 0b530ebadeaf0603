using JcmSim.Model.Scenarios.Parameters;
using System.Globalization;
using System.Net;
using System.Text;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Rendering;

namespace JcmSim.Charts.Reports;

/// <summary>
/// report.html: one self-contained file — inline CSS, every chart as inline SVG, no script, no
/// external resource — with the summary table, the comparison, all charts, the assumptions of every
/// scenario, method notes and the manifest, in English or Japanese. It renders results; it computes
/// nothing beyond formatting.
/// </summary>
public static class ReportHtml
{
    /// <summary>The report's file name.</summary>
    public const string FileName = "report.html";

    private const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.55; }
        main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; }
        h1 { font-size: 28px; margin: 0 0 4px; }
        h2 { font-size: 21px; margin: 40px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #1a1a1a; }
        h3 { font-size: 17px; margin: 26px 0 8px; }
        p { margin: 6px 0 10px; }
        .meta, .note, figcaption { color: #595959; font-size: 14px; }
        nav ol { margin: 8px 0 0; padding-left: 22px; columns: 2; font-size: 15px; }
        a { color: #0072b2; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 14px; }
        th, td { padding: 5px 8px; border-bottom: 1px solid #e3e3e3; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; font-weight: 600; border-bottom: 1px solid #b8b8b8; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num, td.nowrap { white-space: nowrap; }
        tbody td:first-child { min-width: 7.5em; }
        td.scope { white-space: nowrap; }
        .wide { overflow-x: auto; }
        td.code, code { font-family: 'Noto Sans Mono CJK JP', 'DejaVu Sans Mono', monospace; font-size: 12.5px; word-break: break-all; }
        figure { margin: 18px 0 30px; }
        figure svg { display: block; width: 100%; height: auto; border: 1px solid #e3e3e3; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; font-size: 14px; }
        dt { color: #595959; }
        dd { margin: 0; }
        footer { margin-top: 36px; color: #595959; font-size: 13px; }
        @media print { main { max-width: none; padding: 0; } figure { break-inside: avoid; } }
        """;

    /// <summary>Builds the report for <paramref name="results"/> with its already rendered <paramref name="charts"/>.</summary>
    /// <param name="results">The run.</param>
    /// <param name="charts">The charts, in the order they appear (their SVG is inlined).</param>
    /// <param name="language">"en" or "ja".</param>
    public static string Build(RunResults results, IReadOnlyList<RenderedChart> charts, string language)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(charts);
        var text = ReportText.For(language);
        var chart = ChartText.For(language);
        var numbers = chart.Numbers;
        var html = new StringBuilder();
        var titles = string.Join(chart.ScenarioSeparator, results.Summary.Scenarios.Select(s => s.Title.In(language)));

        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(ChartText.Format(text.DocumentTitleFormat, titles))).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n");

        var created = results.Manifest.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        html.Append("<header>\n<h1>").Append(E(text.Heading)).Append("</h1>\n<p class=\"meta\">").Append(E(titles)).Append("<br>")
            .Append(E(ChartText.Format(text.RunLineFormat, numbers.Count(results.Manifest.Trials), results.Manifest.Seed, results.Manifest.Version, created)))
            .Append("</p>\n</header>\n");

        var sections = new List<(string Id, string Title)> { ("summary", text.Summary), ("readings", text.Readings) };
        if (results.Summary.Comparison.Count > 0)
        {
            sections.Add(("comparison", text.Comparison));
        }

        var observed = results.Summary.Scenarios.Any(sc => sc.Observations.Count > 0);
        if (observed)
        {
            sections.Add(("observations", text.Observations));
        }

        sections.AddRange([("charts", text.Charts), ("assumptions", text.Assumptions), ("method", text.Method), ("manifest", text.Manifest)]);
        html.Append("<nav>\n<strong>").Append(E(text.Contents)).Append("</strong>\n<ol>\n");
        foreach (var (id, title) in sections)
        {
            html.Append("<li><a href=\"#").Append(id).Append("\">").Append(E(title)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
        AppendSummary(html, results, text, chart);
        AppendReadings(html, results, text, chart);
        if (results.Summary.Comparison.Count > 0)
        {
            AppendComparison(html, results, text, chart);
        }

        if (observed)
        {
            AppendObservations(html, results, text, chart);
        }

        AppendCharts(html, charts, text);
        AppendAssumptions(html, results, text, chart);
        html.Append("<section id=\"method\">\n<h2>").Append(E(text.Method)).Append("</h2>\n");
        foreach (var paragraph in text.MethodParagraphs)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        html.Append("</section>\n");
        AppendManifest(html, results.Manifest, text, chart);
        html.Append("<footer>").Append(E(ChartText.Format(text.GeneratedFormat, results.Manifest.Version))).Append("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, RunResults results, ReportText text, ChartText chart)
    {
        // One row per scenario and target: a wide table per target would not fit a printed page.
        var numbers = chart.Numbers;
        html.Append("<section id=\"summary\">\n<h2>").Append(E(text.Summary)).Append("</h2>\n<p>").Append(E(text.SummaryIntro)).Append(' ')
            .Append(E(TargetReadingText.TestedAgainst(results.Summary.Scenarios, chart.Language))).Append("</p>\n<div class=\"wide\"><table>\n<thead><tr><th>")
            .Append(E(text.Scenario)).Append("</th><th>").Append(E(text.TargetColumn)).Append("</th>");
        Header(html, text.ProbabilityColumn);
        Header(html, text.CumulativeColumn);
        Header(html, text.JapanItmoColumn);
        Header(html, text.FirstYearColumn);
        Header(html, text.JapanShareColumn);
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var scenario in results.Summary.Scenarios)
        {
            for (var t = 0; t < scenario.Targets.Count; t++)
            {
                var target = scenario.Targets[t];
                html.Append("<tr>");
                if (t == 0)
                {
                    html.Append("<td rowspan=\"").Append(scenario.Targets.Count).Append("\">").Append(E(scenario.Title.In(chart.Language)))
                        .Append("<br><span class=\"note\">").Append(E(scenario.Name)).Append("</span></td>");
                }

                html.Append("<td class=\"nowrap\">").Append(E(ChartText.Format(chart.TargetFormat, target.FiscalYear, numbers.Plain(target.ThresholdMt)))).Append("</td>");
                Cell(html, $"{numbers.Percent(target.Probability)} [{numbers.Range(numbers.Percent(target.CiLow), numbers.Percent(target.CiHigh))}]");
                Cell(html, $"{numbers.Mt(target.CumulativeMt.P50)} ({numbers.Range(numbers.Mt(target.CumulativeMt.P5), numbers.Mt(target.CumulativeMt.P95))})");
                Cell(html, numbers.Mt(target.JapanItmoMt.P50));
                Cell(html, target.FirstYearMet.P50 is { } year ? chart.FiscalYear((int)Math.Ceiling(year)) : text.Never);
                if (t == 0)
                {
                    html.Append("<td class=\"num\" rowspan=\"").Append(scenario.Targets.Count).Append("\">")
                        .Append(E(scenario.JapanItmoShare is { } share ? numbers.Percent(share) : "–")).Append("</td>");
                }

                html.Append("</tr>\n");
            }
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void AppendReadings(StringBuilder html, RunResults results, ReportText text, ChartText chart)
    {
        var numbers = chart.Numbers;
        html.Append("<section id=\"readings\">\n<h2>").Append(E(text.Readings)).Append("</h2>\n<p>").Append(E(text.ReadingsIntro)).Append("</p>\n<div class=\"wide\"><table>\n<thead><tr><th>")
            .Append(E(text.Scenario)).Append("</th><th>").Append(E(text.TargetColumn)).Append("</th>");
        foreach (var reading in TargetReadingText.All)
        {
            Header(html, TargetReadingText.Name(reading, chart.Language));
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var scenario in results.Summary.Scenarios)
        {
            foreach (var target in scenario.Targets)
            {
                html.Append("<tr><td>").Append(E(scenario.Title.In(chart.Language))).Append("</td><td class=\"nowrap\">")
                    .Append(E(ChartText.Format(chart.TargetFormat, target.FiscalYear, numbers.Plain(target.ThresholdMt)))).Append("</td>");
                foreach (var reading in TargetReadingText.All)
                {
                    var mt = target.Readings?.Of(reading);
                    var cell = mt is null ? "–" : $"{numbers.Mt(mt.P50)} ({numbers.Range(numbers.Mt(mt.P5), numbers.Mt(mt.P95))})";
                    if (reading == scenario.Reading)
                    {
                        html.Append("<td class=\"num\"><strong>").Append(E(cell + " *")).Append("</strong></td>");
                    }
                    else
                    {
                        Cell(html, cell);
                    }
                }

                html.Append("</tr>\n");
            }
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void AppendComparison(StringBuilder html, RunResults results, ReportText text, ChartText chart)
    {
        var numbers = chart.Numbers;
        html.Append("<section id=\"comparison\">\n<h2>").Append(E(text.Comparison)).Append("</h2>\n<p>")
            .Append(E(ChartText.Format(text.ComparisonIntroFormat, results.Reference.Title.In(chart.Language)))).Append("</p>\n<table>\n<thead><tr><th>")
            .Append(E(text.Scenario)).Append("</th><th>").Append(E(text.TargetYearColumn)).Append("</th>");
        Header(html, text.ProbabilityDifferenceColumn);
        Header(html, text.CumulativeDifferenceColumn);
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var comparison in results.Summary.Comparison)
        {
            var title = results.Summary.Scenarios.FirstOrDefault(s => s.Name == comparison.Scenario)?.Title.In(chart.Language) ?? comparison.Scenario;
            html.Append("<tr><td>").Append(E(title)).Append("</td><td>").Append(E(chart.FiscalYear(comparison.FiscalYear))).Append("</td>");
            var p = comparison.Probability;
            Cell(html, p.CiLow is { } pl && p.CiHigh is { } ph
                ? $"{numbers.PercentagePoints(p.Difference)} [{numbers.Range(numbers.PercentagePoints(pl), numbers.PercentagePoints(ph))}]"
                : numbers.PercentagePoints(p.Difference));
            var c = comparison.CumulativeMt;
            Cell(html, c.CiLow is { } cl && c.CiHigh is { } ch
                ? $"{Signed(numbers.Mt(c.Difference), c.Difference)} [{numbers.Range(Signed(numbers.Mt(cl), cl), Signed(numbers.Mt(ch), ch))}]"
                : Signed(numbers.Mt(c.Difference), c.Difference));
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendObservations(StringBuilder html, RunResults results, ReportText text, ChartText chart)
    {
        html.Append("<section id=\"observations\">\n<h2>").Append(E(text.Observations)).Append("</h2>\n");
        foreach (var scenario in results.Summary.Scenarios.Where(s => s.Observations.Count > 0))
        {
            html.Append("<p>").Append(E(ChartText.Format(text.ObservationsIntroFormat, scenario.Title.In(chart.Language)))).Append("</p>\n<div class=\"wide\"><table>\n<thead><tr>");
            var headings = ObservationTable.Headings(chart.Language);
            for (var c = 0; c < headings.Count; c++)
            {
                if (c == 3 || c == 4)
                {
                    Header(html, headings[c]);
                }
                else
                {
                    html.Append("<th>").Append(E(headings[c])).Append("</th>");
                }
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in ObservationTable.Rows(scenario.Observations, chart.Language))
            {
                html.Append("<tr><td>").Append(E(row[0])).Append("</td><td>").Append(E(row[1])).Append("</td><td>").Append(E(row[2])).Append("</td>");
                Cell(html, row[3]);
                Cell(html, row[4]);
                html.Append("<td>").Append(E(row[5])).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table></div>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendCharts(StringBuilder html, IReadOnlyList<RenderedChart> charts, ReportText text)
    {
        html.Append("<section id=\"charts\">\n<h2>").Append(E(text.Charts)).Append("</h2>\n");
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            var svg = ChartExport.InlineSvg(ChartExport.PrefixIds(chart.Svg, $"f{i + 1}-"));
            html.Append("<figure id=\"figure-").Append(i + 1).Append("\">\n").Append(svg).Append("\n<figcaption>")
                .Append(E(ChartText.Format(text.FigureFormat, i + 1))).Append(' ')
                .Append(E(ChartText.Format(text.FilesFormat, $"{ResultCharts.Folder}/{chart.Stem}.png, {ResultCharts.Folder}/{chart.Stem}.svg")))
                .Append("</figcaption>\n</figure>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendAssumptions(StringBuilder html, RunResults results, ReportText text, ChartText chart)
    {
        html.Append("<section id=\"assumptions\">\n<h2>").Append(E(text.Assumptions)).Append("</h2>\n<p>").Append(E(text.AssumptionsIntro)).Append("</p>\n");
        var reference = results.Scenarios[0];
        for (var s = 0; s < results.Summary.Scenarios.Count; s++)
        {
            var summary = results.Summary.Scenarios[s];
            var scenario = results.Scenarios[s];
            var title = summary.Title.In(chart.Language);
            if (s == 0 || reference is null)
            {
                html.Append("<h3>").Append(E(title)).Append("</h3>\n");
                if (scenario is null)
                {
                    html.Append("<p class=\"note\">").Append(E(text.AssumptionsUnreadable)).Append("</p>\n");
                    continue;
                }

                AppendAssumptionRows(html, AssumptionsTable.Rows(scenario), text, chart);
                html.Append("<h3>").Append(E(text.Settings)).Append("</h3>\n<p>").Append(E(ChartText.Format(text.SettingsIntroFormat, title))).Append("</p>\n");
                AppendSettings(html, ScenarioSettings.Rows(scenario, chart.Language), text, chart);
                continue;
            }

            html.Append("<h3>").Append(E(ChartText.Format(text.AssumptionsVariantFormat, title, results.Reference.Title.In(chart.Language)))).Append("</h3>\n");
            if (scenario is null)
            {
                html.Append("<p class=\"note\">").Append(E(text.AssumptionsUnreadable)).Append("</p>\n");
                continue;
            }

            var rows = AssumptionsTable.Differences(reference, scenario);
            var referenceSettings = ScenarioSettings.Rows(reference, chart.Language).ToDictionary(r => r.Path, r => r.Value, StringComparer.Ordinal);
            var settings = ScenarioSettings.Rows(scenario, chart.Language).Where(r => !referenceSettings.TryGetValue(r.Path, out var v) || v != r.Value).ToList();
            if (rows.Count == 0 && settings.Count == 0)
            {
                html.Append("<p class=\"note\">").Append(E(text.AssumptionsNoDifference)).Append("</p>\n");
                continue;
            }

            if (rows.Count > 0)
            {
                AppendAssumptionRows(html, rows, text, chart);
            }

            if (settings.Count > 0)
            {
                AppendSettings(html, settings, text, chart);
            }
        }

        html.Append("</section>\n");
    }

    private static void AppendAssumptionRows(StringBuilder html, IReadOnlyList<AssumptionRow> rows, ReportText text, ChartText chart)
    {
        var numbers = chart.Numbers;
        html.Append("<table>\n<thead><tr><th>").Append(E(text.Parameter)).Append("</th><th>").Append(E(text.Path)).Append("</th><th>").Append(E(text.Distribution)).Append("</th>");
        Header(html, text.P10);
        Header(html, text.MeanColumn);
        Header(html, text.P90);
        html.Append("<th>").Append(E(text.Drawn)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            var label = row.Label.In(chart.Language);
            html.Append("<tr><td>").Append(E(label));
            if (row.Members.Count > 0)
            {
                html.Append("<br><span class=\"note\">").Append(E(string.Join(", ", row.Members))).Append("</span>");
            }

            html.Append("</td><td class=\"code\">").Append(E(row.Path)).Append("</td><td class=\"code\">").Append(E(row.Distribution)).Append("</td>");
            Cell(html, numbers.Value(row.P10));
            Cell(html, numbers.Value(row.Mean));
            Cell(html, numbers.Value(row.P90));
            html.Append("<td class=\"scope\">").Append(E(row.Scope == ParameterScope.PerTrial ? text.PerTrial : text.PerProject)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendSettings(StringBuilder html, IReadOnlyList<SettingRow> rows, ReportText text, ChartText chart)
    {
        html.Append("<table>\n<thead><tr><th>").Append(E(text.Parameter)).Append("</th><th>").Append(E(text.Path)).Append("</th><th>").Append(E(text.Value)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><td>").Append(E(row.Label.In(chart.Language))).Append("</td><td class=\"code\">").Append(E(row.Path)).Append("</td><td>").Append(E(row.Value)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendManifest(StringBuilder html, RunManifest manifest, ReportText text, ChartText chart)
    {
        var numbers = chart.Numbers;
        html.Append("<section id=\"manifest\">\n<h2>").Append(E(text.Manifest)).Append("</h2>\n<p>").Append(E(text.ManifestIntro)).Append("</p>\n<dl>\n");
        Definition(html, text.Version, manifest.Version);
        Definition(html, text.Created, manifest.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        Definition(html, text.Mode, manifest.Mode switch { RunMode.InProcess => "in-process", RunMode.Embedded => "embedded", _ => "cluster" });
        Definition(html, text.Silos, numbers.Count(manifest.SiloCount));
        Definition(html, text.Seed, manifest.Seed.ToString(CultureInfo.InvariantCulture));
        Definition(html, text.Trials, numbers.Count(manifest.Trials));
        Definition(html, text.BlockSize, numbers.Count(manifest.BlockSize));
        Definition(html, text.WallTime, ChartText.Format(text.SecondsFormat, manifest.WallTimeSeconds.ToString("F1", CultureInfo.InvariantCulture)));
        html.Append("<dt>").Append(E(text.CommandLine)).Append("</dt><dd><code>").Append(E(manifest.CommandLine)).Append("</code></dd>\n</dl>\n");
        html.Append("<h3>").Append(E(text.InputFiles)).Append("</h3>\n<table>\n<thead><tr><th>").Append(E(text.Scenario)).Append("</th><th>")
            .Append(E(text.File)).Append("</th><th>").Append(E(text.Sha256)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var scenario in manifest.Scenarios)
        {
            foreach (var file in scenario.Files)
            {
                html.Append("<tr><td>").Append(E(scenario.Name)).Append("</td><td class=\"code\">").Append(E(file.Path)).Append("</td><td class=\"code\">").Append(E(file.Sha256)).Append("</td></tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Header(StringBuilder html, string text) => html.Append("<th class=\"num\">").Append(E(text)).Append("</th>");

    private static void Cell(StringBuilder html, string text) => html.Append("<td class=\"num\">").Append(E(text)).Append("</td>");

    private static void Definition(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static string Signed(string formatted, double value) => value > 0 ? "+" + formatted : value < 0 ? "−" + formatted.TrimStart('-') : formatted;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
