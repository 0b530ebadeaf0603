using JcmSim.Model.Scenarios;
using JcmSim.Model.Projects;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>Reads the <c>existingPortfolio</c> section: cohorts of projects funded before the first simulated year.</summary>
internal sealed class PortfolioReader(LoadContext context, IdRegistry sectors, IdRegistry channels, CountryIds countries)
{
    internal static readonly TableSchema PortfolioColumns =
        TableSchema.Of(PortfolioFields.All);

    /// <summary>The cohorts under <paramref name="root"/>; none when the section is absent.</summary>
    public List<PortfolioCohort> Read(MapReader root, SimulationHorizon? horizon)
    {
        var cohorts = new List<PortfolioCohort>();
        var node = root.Get("existingPortfolio", required: false);
        var rows = node is null ? null : TableReader.Read(node, "existingPortfolio", PortfolioColumns, context);
        if (node is not null && rows is not null && TooManyCohorts(rows.Count) is { } tooMany)
        {
            context.Error(node.Position, tooMany);
            return cohorts;
        }

        var seen = new Dictionary<(string, string, string, int), int>();
        foreach (var row in rows ?? [])
        {
            var cells = new RowReader(row, context);
            var country = cells.Cell("country");
            var sector = cells.Cell("sector");
            var channel = cells.Cell("channel");
            var projects = cells.WholeNumber(PortfolioFields.Projects);
            var start = cells.WholeNumber(PortfolioFields.StartYear);
            var size = cells.Number(PortfolioFields.SizeTco2PerYear);
            var crediting = cells.WholeNumber(PortfolioFields.CreditingYears);
            var countryOk = country is not null && countries.IsPartner(country, row.PathOf("country"), "an existing cohort");
            var sectorOk = sector is not null && sectors.Check(sector.Text, sector.Position, row.PathOf("sector"), context);
            var channelOk = channel is not null && channels.Check(channel.Text, channel.Position, row.PathOf("channel"), context);
            if (countryOk && start is { } s && countries.SigningYears.TryGetValue(country!.Text, out var signed) && ScenarioRules.CohortBeforeSigning(row.PathOf("startYear"), s, country.Text, signed) is { } early)
            {
                context.Error(cells.Cell("startYear")!.Position, early);
            }

            if (start is { } first && horizon is not null && ScenarioRules.StartsAfterHorizon(row.PathOf("startYear"), "the cohort", first, horizon.LastYear) is { } late)
            {
                context.Error(cells.Cell("startYear")!.Position, late);
            }

            if (!countryOk || !sectorOk || !channelOk || projects is null || start is null || size is null || crediting is null)
            {
                continue;
            }

            var key = (country!.Text, sector!.Text, channel!.Text, start.Value);
            if (seen.TryGetValue(key, out var firstLine))
            {
                context.Error(row.Position, DuplicateCohort($"{row.TablePath}[{row.Index}]", key, $"line {firstLine}"));
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

    /// <summary>More cohorts than <see cref="ScenarioLimits.MaxCohorts"/>.</summary>
    internal static ScenarioProblem? TooManyCohorts(int count) =>
        ScenarioRules.TooMany("existingPortfolio", "cohorts", count, ScenarioLimits.MaxCohorts, $"at most {ScenarioLimits.MaxCohorts:N0} rows; merge cohorts of the same country, sector, channel and year");

    /// <summary>A second cohort of the same country, sector, channel and year; <paramref name="first"/> says where the first is.</summary>
    internal static ScenarioProblem DuplicateCohort(string path, (string Country, string Sector, string Channel, int Year) key, string first) =>
        new(path, $"duplicate cohort ({key.Country}, {key.Sector}, {key.Channel}, {key.Year}) (first at {first}); merge the two rows");
}
