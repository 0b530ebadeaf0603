using JcmSim.ScenarioFormat;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios;

/// <summary>
/// The scenario library in scenarios/: every file loads, runs and can be compared with the others in one
/// `jcmsim run scenarios/*.yaml`; the variants are short, sourced and bilingual; the data tables that the
/// loader cannot read yet stay consistent with what it does read.
/// </summary>
public sealed class ScenarioLibraryTests
{
    private const string SchemaLine = "# yaml-language-server: $schema=scenario.schema.json";

    /// <summary>Every scenario file, by name (variants per issue 4, the baseline and the hindcast).</summary>
    public static TheoryData<string> Files() => new(ScenarioFileNames());

    [Fact]
    public void The_library_has_the_baseline_the_hindcast_and_the_fourteen_variants()
    {
        string[] variants =
        [
            "private-finance-low", "private-finance-high", "partner-expansion-stalled", "partner-expansion-fast",
            "agreements-lapse-2030", "agreements-all-extended", "allocation-host-first", "allocation-fixed-50-50", "omge-2pct",
            "credit-price-low", "credit-price-high", "gx-ets-demand", "city-to-city-scale-up", "policy-package-2040",
        ];

        Assert.Equal([.. variants.Append("baseline").Append("hindcast-2013").Order(StringComparer.Ordinal)], ScenarioFileNames().Select(Path.GetFileNameWithoutExtension));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_file_loads_without_errors(string file)
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario(file));

        Assert.Equal(Path.GetFileNameWithoutExtension(file), scenario.Name);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_file_runs_a_few_trials(string file)
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario(file));

        var (_, blocks) = ScenarioRuns.Run(scenario, seed: 1, trials: 8, blockSize: 8);

        var cumulative = blocks.SelectMany(b => b.CumulativeMt[^1]).ToList();
        Assert.Equal(8, cumulative.Count);
        Assert.All(cumulative, c => Assert.True(double.IsFinite(c) && c > 0, $"{file}: cumulative {c}"));
    }

    [Fact]
    public void All_files_can_be_compared_in_one_run_same_targets_distinct_names_and_titles()
    {
        var scenarios = ScenarioFileNames().Select(f => ScenarioLoader.Load(RepositoryPaths.Scenario(f))).ToList();
        var baseline = scenarios.Single(s => s.Name == "baseline");

        Assert.All(scenarios, s => Assert.Equal(baseline.Accounting, s.Accounting, AccountingComparer.Instance));
        Assert.Equal(scenarios.Count, scenarios.Select(s => s.Name).Distinct().Count());
        Assert.Equal(scenarios.Count, scenarios.Select(s => s.Title.En).Distinct().Count());
        Assert.Equal(scenarios.Count, scenarios.Select(s => s.Title.Ja).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_file_names_its_schema_first_and_states_its_title_and_question_in_english_and_japanese(string file)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Scenario(file));
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario(file));

        Assert.Equal(SchemaLine, lines[0]);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Question.En));
        Assert.False(string.IsNullOrWhiteSpace(scenario.Question.Ja));
        // A Japanese question is wrapped with escaped line breaks, which must not leave spaces in the text.
        Assert.DoesNotContain(" ", scenario.Question.Ja, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Title.Ja));
        Assert.NotEqual(scenario.Name, scenario.Title.En);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_variant_is_a_short_file_extending_the_baseline(string file)
    {
        if (file == "baseline.yaml")
        {
            return;
        }

        var lines = File.ReadAllLines(RepositoryPaths.Scenario(file));

        Assert.Equal("extends: baseline.yaml", lines[1]);
        Assert.True(lines.Length <= 60, $"{file} has {lines.Length} lines; a variant states only what differs");
    }

    // Every number a variant sets carries its basis on the same line, as the baseline's do.
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_number_a_variant_sets_says_source_or_assumption(string file)
    {
        if (file == "baseline.yaml")
        {
            return;
        }

        var unexplained = new List<string>();
        var inProse = false;
        var lines = File.ReadAllLines(RepositoryPaths.Scenario(file));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("question:", StringComparison.Ordinal) || line.StartsWith("description:", StringComparison.Ordinal))
            {
                // Prose follows as a folded block, or as an {en, ja} mapping on the indented lines below.
                inProse = line.TrimEnd().EndsWith(">-", StringComparison.Ordinal) || line.TrimEnd().EndsWith(':');
                continue;
            }

            if (inProse && (line.Length == 0 || line.StartsWith(' ')))
            {
                continue;
            }

            inProse = false;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var code = hash < 0 ? line : line[..hash];
            var comment = hash < 0 ? "" : line[hash..];
            var explained = comment.Contains("source", StringComparison.Ordinal) || comment.Contains("assumption", StringComparison.Ordinal) || comment.Contains("calibrated", StringComparison.Ordinal);
            if (code.Any(char.IsDigit) && !code.StartsWith("title:", StringComparison.Ordinal) && !code.StartsWith("extends:", StringComparison.Ordinal) && !explained)
            {
                unexplained.Add($"{file}:{i + 1}: {line.Trim()}");
            }
        }

        Assert.True(unexplained.Count == 0, "numbers without a source or assumption comment:\n" + string.Join("\n", unexplained));
    }

    [Fact]
    public void Sectors_table_matches_the_baseline_sectors()
    {
        // data/sectors.csv is the sector table with a basis per value; the loader reads sectors only inline, so
        // baseline.yaml repeats the values. Rebuilding the sectors from the CSV must give exactly the baseline's.
        var rows = CsvRows(RepositoryPaths.Scenario("data/sectors.csv"));
        Assert.Equal(["sector", "parameter", "value", "basis"], rows[0]);
        var yaml = new List<string> { "extends: baseline.yaml", "sectors:" };
        foreach (var sector in rows.Skip(1).GroupBy(r => r[0]))
        {
            yaml.Add($"  {sector.Key}:");
            yaml.AddRange(sector.Select(r => $"    {r[1]}: {r[2]}"));
            Assert.All(sector, r => Assert.Matches("^(source|assumption|names|calibrated)", r[3]));
        }

        var fromCsv = ScenarioLoader.LoadText(string.Join("\n", yaml), RepositoryPaths.Scenario("sectors-from-csv.yaml"));
        var baseline = BaselineScenarioTests.LoadBaseline();

        Assert.Equal(baseline.Sectors.Select(s => s.Id), rows.Skip(1).Select(r => r[0]).Distinct());
        Assert.Equal(baseline.Sectors, fromCsv.Sectors);
        Assert.Equal(11 * baseline.Sectors.Count, rows.Count - 1);
    }

    [Fact]
    public void Large_scale_pipeline_is_the_baseline_pipeline_with_large_types_times_four()
    {
        string[] largeScale = ["forestry", "riceAwd", "landfill", "wasteToEnergy", "ccs"];
        var baseline = CsvRows(RepositoryPaths.Scenario("data/pipeline.csv"));
        var package = CsvRows(RepositoryPaths.Scenario("data/pipeline-large-scale.csv"));

        Assert.Equal(baseline.Count, package.Count);
        for (var i = 0; i < baseline.Count; i++)
        {
            Assert.Equal(baseline[i][..2], package[i][..2]);
            if (i > 0)
            {
                var factor = largeScale.Contains(baseline[i][1]) ? 4.0 : 1.0;
                Assert.Equal(factor * double.Parse(baseline[i][2], System.Globalization.CultureInfo.InvariantCulture), double.Parse(package[i][2], System.Globalization.CultureInfo.InvariantCulture), 9);
            }
        }
    }

    [Fact]
    public void Candidates_are_at_least_fifteen_and_each_is_marked_as_an_assumption_with_a_reason()
    {
        var candidates = BaselineScenarioTests.LoadBaseline().Expansion.Candidates;

        Assert.True(candidates.Count >= 15, $"{candidates.Count} candidates");
        Assert.All(candidates, c => Assert.StartsWith("assumption: ", c.Reason, StringComparison.Ordinal));
        Assert.All(candidates, c => Assert.InRange(c.Weight, 0.1, 5));
    }

    [Fact]
    public void Partners_carry_their_signing_date_and_label_the_2030_end_as_an_assumption()
    {
        var rows = CsvRows(RepositoryPaths.Scenario("data/partners.csv"));
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name);

        foreach (var row in rows.Skip(1))
        {
            var source = row[Column("source")];
            // The ids are checked against scenarios/sources.csv by CitationTests.
            Assert.Matches("^[a-z0-9-]+(, [a-z0-9-]+)* — signed 20", source);
            if (row[Column("agreementEndYear")] == "2030")
            {
                Assert.EndsWith("agreementEndYear 2030 is an assumption", source, StringComparison.Ordinal);
            }
        }
    }

    private static List<string> ScenarioFileNames() =>
        [.. Directory.GetFiles(RepositoryPaths.Scenario(""), "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    // The library's CSV files: comment lines start with '#'; quoted cells may hold commas.
    private static List<string[]> CsvRows(string path)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var cells = new List<string>();
            var cell = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }

            cells.Add(cell.ToString());
            rows.Add([.. cells]);
        }

        return rows;
    }

    private sealed class AccountingComparer : IEqualityComparer<JcmSim.Model.Scenarios.AccountingRules>
    {
        public static readonly AccountingComparer Instance = new();

        public bool Equals(JcmSim.Model.Scenarios.AccountingRules? x, JcmSim.Model.Scenarios.AccountingRules? y) =>
            x is not null && y is not null && x.StartYear == y.StartYear && x.Targets.SequenceEqual(y.Targets);

        public int GetHashCode(JcmSim.Model.Scenarios.AccountingRules obj) => obj.StartYear;
    }
}
