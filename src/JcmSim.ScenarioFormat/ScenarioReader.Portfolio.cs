using JcmSim.Model.Scenarios;
using JcmSim.Model.Projects;

namespace JcmSim.ScenarioFormat;

/// <summary>The <c>existingPortfolio</c> section: cohorts of projects funded before the first simulated year.</summary>
internal sealed partial class ScenarioReader
{
    internal static readonly TableSchema PortfolioColumns =
        new(["country", "sector", "channel", "projects", "startYear", "sizeTco2PerYear", "creditingYears"], []);

    private List<PortfolioCohort> ReadPortfolio(MapReader root, SimulationHorizon? horizon)
    {
        var cohorts = new List<PortfolioCohort>();
        var node = root.Get("existingPortfolio", required: false);
        var rows = node is null ? null : TableReader.Read(node, "existingPortfolio", PortfolioColumns, context);
        if (node is not null && rows is not null && rows.Count > ScenarioLimits.MaxCohorts)
        {
            context.Error(node.Position, "existingPortfolio", $"{rows.Count:N0} cohorts", $"at most {ScenarioLimits.MaxCohorts:N0} rows; merge cohorts of the same country, sector, channel and year");
            return cohorts;
        }

        var seen = new Dictionary<(string, string, string, int), int>();
        foreach (var row in rows ?? [])
        {
            var cells = new RowReader(row, context);
            var country = cells.Cell("country");
            var sector = cells.Cell("sector");
            var channel = cells.Cell("channel");
            var projects = cells.WholeNumber("projects", WholeNumberRange.Projects);
            var start = cells.WholeNumber("startYear", WholeNumberRange.Year);
            var size = cells.Number("sizeTco2PerYear", FieldRanges.Tco2PerYear);
            var crediting = cells.WholeNumber("creditingYears", WholeNumberRange.Years);
            var countryOk = country is not null && PartnerReference(country, row.PathOf("country"), "an existing cohort");
            var sectorOk = sector is not null && _sectors.Check(sector.Text, sector.Position, row.PathOf("sector"), context);
            var channelOk = channel is not null && _channels.Check(channel.Text, channel.Position, row.PathOf("channel"), context);
            if (countryOk && start is { } s && _signingYears.TryGetValue(country!.Text, out var signed) && s < signed)
            {
                context.Error(cells.Cell("startYear")!.Position, row.PathOf("startYear"), $"the cohort starts in {s}, before {country.Text} signed ({signed})", $"≥ {signed}");
            }

            if (start is { } first && horizon is not null && first > horizon.LastYear)
            {
                context.Error(cells.Cell("startYear")!.Position, row.PathOf("startYear"), $"the cohort starts in {first}, after the last simulated year {horizon.LastYear}", $"≤ {horizon.LastYear}");
            }

            if (!countryOk || !sectorOk || !channelOk || projects is null || start is null || size is null || crediting is null)
            {
                continue;
            }

            var key = (country!.Text, sector!.Text, channel!.Text, start.Value);
            if (seen.TryGetValue(key, out var firstLine))
            {
                context.Error(row.Position, $"{row.TablePath}[{row.Index}]", $"duplicate cohort ({key.Item1}, {key.Item2}, {key.Item3}, {key.Item4}) (first at line {firstLine}); merge the two rows");
                continue;
            }

            seen.Add(key, row.Position.Line);
            cohorts.Add(new PortfolioCohort
            {
                Country = country.Text,
                Sector = sector.Text,
                Channel = channel.Text,
                Projects = projects.Value,
                StartYear = start.Value,
                SizeTco2PerYear = size.Value,
                CreditingYears = crediting.Value,
            });
        }

        return cohorts;
    }
}
