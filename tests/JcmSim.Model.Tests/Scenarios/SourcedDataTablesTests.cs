using System.Globalization;
using JcmSim.Model.Tests.Support;
using JcmSim.ScenarioFormat;
using JcmSim.ScenarioFormat.Citations;

namespace JcmSim.Model.Tests.Scenarios;

/// <summary>
/// The data tables taken from public datasets and documents (national emissions, institutional capacity, the JCM record):
/// every partner and candidate has its row, every row cites a document of scenarios/sources.csv, and
/// the record is split into calibration (up to FY2019) and validation (FY2020–FY2025) by its fiscal year.
/// </summary>
public sealed class SourcedDataTablesTests
{
    private const int LastCalibrationYear = 2019;
    private const int LastValidationYear = 2025;

    /// <summary>The tables with one row per country.</summary>
    public static TheoryData<string> CountryTables() => new("data/national-emissions.csv", "data/institutional-capacity.csv");

    /// <summary>Every table whose rows carry a <c>source</c> column.</summary>
    public static TheoryData<string> SourcedTables() => new("data/national-emissions.csv", "data/institutional-capacity.csv", "data/jcm-record.csv");

    [Theory]
    [MemberData(nameof(CountryTables))]
    public void Every_partner_and_candidate_has_exactly_one_row(string file)
    {
        var expected = Column(Table("data/partners.csv"), "code").Concat(Column(Table("data/candidates.csv"), "code")).Order(StringComparer.Ordinal);

        var codes = Column(Table(file), "code").Order(StringComparer.Ordinal);

        Assert.Equal(expected, codes);
    }

    [Theory]
    [MemberData(nameof(SourcedTables))]
    public void Every_row_cites_only_documents_of_the_sources_table(string file)
    {
        var listed = SourceIds();

        var unlisted = Column(Table(file), "source")
            .SelectMany((cell, row) => cell.Split(',').Select(id => (Row: row + 1, Id: id.Trim())))
            .Where(c => !listed.Contains(c.Id))
            .Select(c => $"{file} row {c.Row}: '{c.Id}'")
            .ToList();

        Assert.True(unlisted.Count == 0, "citations not in scenarios/sources.csv:\n" + string.Join("\n", unlisted));
    }

    [Fact]
    public void Record_up_to_FY2019_is_calibration_and_FY2020_to_FY2025_is_validation()
    {
        var table = Table("data/jcm-record.csv");
        var years = Column(table, "fiscalYear").Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
        var sets = Column(table, "set").ToList();

        Assert.All(years, y => Assert.InRange(y, 2012, LastValidationYear));
        Assert.Equal(years.Select(y => y <= LastCalibrationYear ? "calibration" : "validation"), sets);
        Assert.Contains(years, y => y <= LastCalibrationYear);
        Assert.Contains(years, y => y > LastCalibrationYear);
    }

    [Fact]
    public void Record_values_are_finite_and_non_negative()
    {
        var values = Column(Table("data/jcm-record.csv"), "value").Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture));

        Assert.All(values, v => Assert.True(double.IsFinite(v) && v >= 0, $"value {v}"));
    }

    // The dataset's sectors add up to its total: a row copied from the wrong country, year or column breaks the sum.
    [Fact]
    public void National_totals_are_the_sum_of_their_sectors_within_rounding()
    {
        var table = Table("data/national-emissions.csv");
        double Value(int row, string column)
        {
            var text = table[row][Array.IndexOf(table[0], column)];
            return text.Length == 0 ? 0 : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        for (var row = 1; row < table.Count; row++)
        {
            var sectors = Value(row, "energyMt") + Value(row, "industrialProcessesMt") + Value(row, "agricultureMt") + Value(row, "wasteMt");
            var total = Value(row, "totalExclLucfMt");
            Assert.True(total > 0 && Math.Abs(total - sectors) <= 0.05 + 0.001 * total, $"{table[row][0]}: total {total} Mt, sectors {sectors} Mt");
            Assert.InRange(Value(row, "agricultureMethaneMt"), 0, Value(row, "agricultureMt") + 0.01);
        }
    }

    [Fact]
    public void Institutional_capacity_is_on_the_governance_indicator_scale()
    {
        var table = Table("data/institutional-capacity.csv");

        Assert.All(Column(table, "governmentEffectiveness"), v => Assert.InRange(double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture), -2.5, 2.5));
        Assert.All(Column(table, "percentileRank"), v => Assert.InRange(double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture), 0, 100));
    }

    // The ids of scenarios/sources.csv, from which scenarios/README.md's Sources table is generated.
    private static HashSet<string> SourceIds() => [.. SourceList.Read(RepositoryPaths.Scenario("sources.csv"), "scenarios/sources.csv").Ids];

    private static List<string[]> Table(string relativePath)
    {
        var path = RepositoryPaths.Scenario(relativePath);
        var context = new LoadContext(path);
        var records = CsvParser.Parse(File.ReadAllText(path), new SourceDocument(path, relativePath), relativePath, context);
        Assert.Equal(0, context.ErrorCount);

        return [.. records.Select(r => r.Select(c => c.Text).ToArray())];
    }

    private static IEnumerable<string> Column(List<string[]> table, string name)
    {
        var index = Array.IndexOf(table[0], name);
        Assert.True(index >= 0, $"no column '{name}' in [{string.Join(", ", table[0])}]");

        return table.Skip(1).Select(r => r[index]);
    }
}
