using JcmSim.Model.Countries;
using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>Reads the <c>expansion</c> section (how new partners join) with its <c>candidates</c> table, registered in <see cref="CountryIds"/>.</summary>
internal sealed class ExpansionReader(LoadContext context, IdRegistry sectors, CountryIds countries)
{
    /// <summary>The columns of the candidates table.</summary>
    internal static readonly TableSchema CandidateColumns = TableSchema.Of(ExpansionFields.Candidates);

    /// <summary>The columns of the institutional capacity table.</summary>
    internal static readonly TableSchema CapacityColumns = TableSchema.Of(CapacityFields.Columns);

    /// <summary>The keys of the section.</summary>
    internal static readonly string[] Keys =
    [
        "startYear", "newPartnersPerYear", "maxPartners", "agreementTermYears", "newPartnerOpportunitiesPerYear", "potentialElasticity",
        .. CountryFields.Keys, ExpansionFields.ReadinessCapacitySensitivity.Key, "candidates", ExpansionFields.InstitutionalCapacity.Key,
    ];

    /// <summary>The <c>expansion</c> section; new partners take <paramref name="defaults"/> unless it says otherwise.</summary>
    public PartnerExpansion? Read(MapReader root, CountryParameters? defaults, SimulationHorizon? horizon)
    {
        var expansion = root.Nested("expansion", Keys);
        if (expansion is null)
        {
            countries.Candidates.Complete = false;
            return null;
        }

        var start = expansion.WholeNumber(ExpansionFields.StartYear);
        if (start is { } from && horizon is not null && ExpansionStartsLate(from, horizon.LastYear) is { } late)
        {
            context.Error(expansion.Get("startYear")!.Position, late);
        }

        var rate = expansion.Uncertain(ExpansionFields.NewPartnersPerYear);
        var max = expansion.Uncertain(ExpansionFields.MaxPartners);
        var term = expansion.WholeNumber(ExpansionFields.AgreementTermYears);
        var opportunities = SectorRates(expansion, ExpansionFields.NewPartnerOpportunitiesPerYear);
        var elasticity = expansion.Number(ExpansionFields.PotentialElasticity);

        // New partners take the known partners' defaults unless the expansion says otherwise.
        Distribution? Own(ScenarioField field, Distribution? inherited) => expansion.Has(field.Key) ? expansion.Uncertain(field) : inherited;
        var lag = Own(ExpansionFields.CountryParameters[0], defaults?.ReadinessLagYears);
        var retention = Own(ExpansionFields.CountryParameters[1], defaults?.HostRetentionShare);
        var premium = Own(ExpansionFields.CountryParameters[2], defaults?.CountryRiskPremium);
        var sensitivity = expansion.Uncertain(ExpansionFields.ReadinessCapacitySensitivity);
        var capacity = expansion.Get(ExpansionFields.InstitutionalCapacity.Key, required: false) is { } capacityNode
            ? ReadCapacity(TableReader.Read(capacityNode, expansion.PathOf(ExpansionFields.InstitutionalCapacity.Key), CapacityColumns, context))
            : [];

        var candidates = new List<CandidateCountry>();
        var candidatesNode = expansion.Get("candidates", required: false);
        IReadOnlyList<TableRow>? rows = candidatesNode is null ? [] : TableReader.Read(candidatesNode, expansion.PathOf("candidates"), CandidateColumns, context);
        if (rows is null || (rows.Count > 0 && rows.All(r => !r.Cells.ContainsKey("code"))))
        {
            countries.Candidates.Complete = false;
        }

        foreach (var row in rows ?? [])
        {
            var cells = new RowReader(row, context);
            var code = countries.Code(cells, countries.Candidates);
            var nameEn = cells.Text("nameEn");
            var nameJa = cells.Text("nameJa", required: false);
            var region = cells.Text("region");
            var weight = cells.Number(ExpansionFields.Weight);
            var reason = cells.Text("reason", required: false);
            if (code is null || nameEn is null || region is null || weight is null)
            {
                continue;
            }

            candidates.Add(new CandidateCountry
            {
                Code = code,
                Name = new LocalizedText(nameEn, nameJa),
                Region = region,
                Weight = weight.Value,
                Reason = reason ?? "",
                CapacityRank = capacity.TryGetValue(code, out var rank) ? rank : null,
            });
        }

        if (start is null || rate is null || max is null || opportunities is null || lag is null || retention is null || premium is null
            || (expansion.Has(ExpansionFields.PotentialElasticity.Key) && elasticity is null)
            || (expansion.Has(ExpansionFields.ReadinessCapacitySensitivity.Key) && sensitivity is null))
        {
            return null;
        }

        return new PartnerExpansion
        {
            StartYear = start.Value,
            NewPartnersPerYear = rate,
            MaxPartners = max,
            AgreementTermYears = term,
            NewPartnerOpportunitiesPerYear = opportunities,
            PotentialElasticity = elasticity ?? 1,
            Article6ReadinessLagYears = lag,
            ReadinessCapacitySensitivity = sensitivity ?? Distribution.Fixed(0),
            HostRetentionShare = retention,
            CountryRiskPremium = premium,
            Candidates = candidates,
        };
    }

    // One row per country: its percentile rank ÷ 100. Codes that are no candidate of this scenario are kept and unused
    // (the table is the same for every variant, and lists the known partners for reading).
    private Dictionary<string, double> ReadCapacity(IReadOnlyList<TableRow>? rows)
    {
        var ranks = new Dictionary<string, double>(StringComparer.Ordinal);
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var row in rows ?? [])
        {
            var cells = new RowReader(row, context);
            var code = cells.Cell("code");
            _ = cells.WholeNumber(CapacityFields.Year);
            var rank = cells.Number(CapacityFields.PercentileRank);
            _ = cells.Number(CapacityFields.GovernmentEffectiveness);
            _ = cells.Number(CapacityFields.StandardError);
            _ = cells.Number(CapacityFields.Surveys);

            if (code is null)
            {
                continue;
            }

            var key = code.Text.Trim();
            if (!seen.TryAdd(key, code.Position))
            {
                context.Error(code.Position, row.PathOf("code"), $"duplicate row for country {key} (first at line {seen[key].Line})");
                continue;
            }

            if (rank is { } r)
            {
                ranks[key] = r / 100;
            }
        }

        return ranks;
    }

    // A mapping of sector id to a rate ≥ 0 (absent means none).
    private Dictionary<string, double>? SectorRates(MapReader parent, ScenarioField field)
    {
        var key = field.Path.Split('.')[^2];
        var node = parent.Get(key, required: false);
        if (node is null)
        {
            return [];
        }

        var path = parent.PathOf(key);
        if (node is not SourceMap map)
        {
            context.Error(node.Position, path, $"expected a mapping of sector ids to opportunities per year, got {node.Describe()}", "e.g. {solar: 1.0, efficiency: 0.8}");
            return null;
        }

        var rates = new Dictionary<string, double>();
        foreach (var entry in map.Entries)
        {
            var entryPath = $"{path}.{entry.Key.Value}";
            sectors.Check(entry.Key.Value, entry.Key.Position, entryPath, context);
            if (ValueReader.Number(entry.Value, entryPath, field.Values, context) is { } rate)
            {
                rates[entry.Key.Value] = rate;
            }
        }

        return rates;
    }

    /// <summary>An expansion that starts after the horizon.</summary>
    internal static ScenarioProblem? ExpansionStartsLate(int startYear, int lastYear) =>
        ScenarioRules.StartsAfterHorizon(ExpansionFields.StartYear.Path, "expansion", startYear, lastYear, alternative: "; for no expansion set newPartnersPerYear: 0");
}
