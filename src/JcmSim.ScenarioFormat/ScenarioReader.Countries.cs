using JcmSim.Model.Scenarios;
using JcmSim.Model.Countries;
using JcmSim.Model.Distributions;
using JcmSim.Model.Projects;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// The country sections: <c>partners</c> (table), <c>countryDefaults</c>, <c>countryOverrides</c>,
/// <c>expansion</c> (with its <c>candidates</c> table) and <c>pipeline</c> (with its opportunities table).
/// </summary>
internal sealed partial class ScenarioReader
{
    internal static readonly TableSchema PartnerColumns = TableSchema.Of(PartnerFields.All);
    internal static readonly TableSchema CandidateColumns = TableSchema.Of(ExpansionFields.Candidates);
    internal static readonly TableSchema PipelineColumns = TableSchema.Of(PipelineFields.Opportunities);
    internal static readonly string[] CountryParameterKeys = [.. CountryFields.Keys];

    internal static readonly string[] ExpansionKeys =
    [
        "startYear", "newPartnersPerYear", "maxPartners", "agreementTermYears", "newPartnerOpportunitiesPerYear",
        .. CountryFields.Keys, "candidates",
    ];

    internal static readonly string[] PipelineKeys =
    [
        "baseYear", "multiplier", "growthRatePerYear", "cityToCityShare", "cityToCityGrowthRatePerYear", "file", "opportunities",
    ];

    private List<PartnerRow> ReadPartnerRows(MapReader root)
    {
        var node = root.Get("partners");
        var rows = node is null ? null : TableReader.Read(node, "partners", PartnerColumns, context);
        if (node is null || rows is null)
        {
            _partners.Complete = false;
            return [];
        }

        if (rows.Count == 0)
        {
            context.Error(node.Position, ScenarioRules.NoPartner);
        }
        else if (rows.All(r => !r.Cells.ContainsKey("code")))
        {
            // The header lacks the code column (already reported): references cannot be checked.
            _partners.Complete = false;
        }

        var partners = new List<PartnerRow>();
        foreach (var row in rows)
        {
            var cells = new RowReader(row, context);
            var code = CountryCode(cells, _partners);
            var nameEn = cells.Text("nameEn");
            var nameJa = cells.Text("nameJa", required: false);
            var region = cells.Text("region");
            var signing = cells.WholeNumber(PartnerFields.SigningYear);
            var end = cells.WholeNumber(PartnerFields.AgreementEndYear);
            if (signing is { } s && ScenarioRules.AgreementEnd(row.PathOf("agreementEndYear"), s, end) is { } endsEarly)
            {
                context.Error(cells.Cell("agreementEndYear")!.Position, endsEarly);
            }

            if (code is not null && signing is { } signed)
            {
                _signingYears[code] = signed;
            }

            if (code is null || nameEn is null || region is null || signing is null)
            {
                continue;
            }

            partners.Add(new PartnerRow(code, new LocalizedText(nameEn, nameJa), region, signing.Value, end));
        }

        return partners;
    }

    // ISO 3166-1 alpha-3, registered in `registry`; null when bad or duplicate.
    private string? CountryCode(RowReader cells, IdRegistry registry)
    {
        var cell = cells.Cell("code");
        if (cell is null)
        {
            return null;
        }

        var code = cell.Text.Trim();
        var path = cells.Row.PathOf("code");
        if (ScenarioRules.CountryCode(path, code) is { } invalid)
        {
            context.Error(cell.Position, invalid);
            return null;
        }

        if (registry == _candidates && _partners.Contains(code))
        {
            context.Error(cell.Position, ScenarioRules.CandidateIsPartner(path, code));
            return null;
        }

        return registry.Add(code, cell.Position, path, context) ? code : null;
    }

    private CountryParameters? ReadCountryDefaults(MapReader root)
    {
        var defaults = root.Nested("countryDefaults", CountryParameterKeys);
        if (defaults is null)
        {
            return null;
        }

        var lag = defaults.Uncertain(CountryFields.Article6ReadinessLagYears);
        var retention = defaults.Uncertain(CountryFields.HostRetentionShare);
        var premium = defaults.Uncertain(CountryFields.CountryRiskPremium);
        return lag is null || retention is null || premium is null ? null : new CountryParameters(lag, retention, premium);
    }

    private Dictionary<string, (Distribution? Lag, Distribution? Retention, Distribution? Premium)> ReadCountryOverrides(MapReader root)
    {
        var result = new Dictionary<string, (Distribution?, Distribution?, Distribution?)>();
        var node = root.Get("countryOverrides", required: false);
        if (node is null)
        {
            return result;
        }

        if (node is not SourceMap map)
        {
            context.Error(node.Position, "countryOverrides", $"expected a mapping of partner codes to parameters, got {node.Describe()}", "e.g. {MMR: {countryRiskPremium: 0.08}}");
            return result;
        }

        foreach (var entry in map.Entries)
        {
            var path = $"countryOverrides.{entry.Key.Value}";
            _partners.Check(entry.Key.Value, entry.Key.Position, path, context);
            var parameters = MapReader.Open(entry.Value, path, context, CountryParameterKeys);
            if (parameters is null)
            {
                continue;
            }

            result[entry.Key.Value] = (
                parameters.Uncertain(CountryFields.Overrides[0]),
                parameters.Uncertain(CountryFields.Overrides[1]),
                parameters.Uncertain(CountryFields.Overrides[2]));
        }

        return result;
    }

    private PartnerExpansion? ReadExpansion(MapReader root, CountryParameters? defaults, SimulationHorizon? horizon)
    {
        var expansion = root.Nested("expansion", ExpansionKeys);
        if (expansion is null)
        {
            _candidates.Complete = false;
            return null;
        }

        var start = expansion.WholeNumber(ExpansionFields.StartYear);
        if (start is { } from && horizon is not null && ExpansionStartsLate(from, horizon.LastYear) is { } late)
        {
            context.Error(expansion.Get("startYear")!.Position, late);
        }

        var rate = expansion.Uncertain(ExpansionFields.NewPartnersPerYear);
        var max = expansion.WholeNumber(ExpansionFields.MaxPartners);
        var term = expansion.WholeNumber(ExpansionFields.AgreementTermYears);
        var opportunities = SectorRates(expansion, ExpansionFields.NewPartnerOpportunitiesPerYear);

        // New partners take the known partners' defaults unless the expansion says otherwise.
        Distribution? Own(ScenarioField field, Distribution? inherited) => expansion.Has(field.Key) ? expansion.Uncertain(field) : inherited;
        var lag = Own(ExpansionFields.CountryParameters[0], defaults?.ReadinessLagYears);
        var retention = Own(ExpansionFields.CountryParameters[1], defaults?.HostRetentionShare);
        var premium = Own(ExpansionFields.CountryParameters[2], defaults?.CountryRiskPremium);

        var candidates = new List<CandidateCountry>();
        var candidatesNode = expansion.Get("candidates", required: false);
        IReadOnlyList<TableRow>? rows = candidatesNode is null ? [] : TableReader.Read(candidatesNode, expansion.PathOf("candidates"), CandidateColumns, context);
        if (rows is null || (rows.Count > 0 && rows.All(r => !r.Cells.ContainsKey("code"))))
        {
            _candidates.Complete = false;
        }

        foreach (var row in rows ?? [])
        {
            var cells = new RowReader(row, context);
            var code = CountryCode(cells, _candidates);
            var nameEn = cells.Text("nameEn");
            var nameJa = cells.Text("nameJa", required: false);
            var region = cells.Text("region");
            var weight = cells.Number(ExpansionFields.Weight);
            var scale = cells.Number(ExpansionFields.PotentialScale);
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
                PotentialScale = scale ?? 1.0,
                Reason = reason ?? "",
            });
        }

        if (start is null || rate is null || max is null || opportunities is null || lag is null || retention is null || premium is null)
        {
            return null;
        }

        return new PartnerExpansion
        {
            StartYear = start.Value,
            NewPartnersPerYear = rate,
            MaxPartners = max.Value,
            AgreementTermYears = term,
            NewPartnerOpportunitiesPerYear = opportunities,
            Article6ReadinessLagYears = lag,
            HostRetentionShare = retention,
            CountryRiskPremium = premium,
            Candidates = candidates,
        };
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
            _sectors.Check(entry.Key.Value, entry.Key.Position, entryPath, context);
            if (ValueReader.Number(entry.Value, entryPath, field.Values, context) is { } rate)
            {
                rates[entry.Key.Value] = rate;
            }
        }

        return rates;
    }

    private (PipelineGrowth? Growth, Dictionary<string, Dictionary<string, double>> Opportunities) ReadPipeline(MapReader root)
    {
        var opportunities = new Dictionary<string, Dictionary<string, double>>();
        var pipeline = root.Nested("pipeline", PipelineKeys);
        if (pipeline is null)
        {
            return (null, opportunities);
        }

        var baseYear = pipeline.WholeNumber(PipelineFields.BaseYear);
        var multiplier = pipeline.Uncertain(PipelineFields.Multiplier);
        var growth = pipeline.Uncertain(PipelineFields.GrowthRatePerYear);
        var cityShare = pipeline.Number(PipelineFields.CityToCityShare);
        var cityGrowth = pipeline.Uncertain(PipelineFields.CityToCityGrowthRatePerYear);

        IReadOnlyList<TableRow>? rows = null;
        var tablePath = pipeline.PathOf("opportunities");
        if (pipeline.Has("file") && pipeline.Has("opportunities"))
        {
            context.Error(pipeline.Map.Position, pipeline.Path, "give the opportunities either as 'file' or inline as 'opportunities', not both");
        }
        else if (pipeline.Get("file", required: false) is { } file)
        {
            rows = TableReader.FromFile(file, pipeline.PathOf("file"), tablePath, PipelineColumns, context);
        }
        else if (pipeline.Get("opportunities", required: false) is { } inline)
        {
            rows = TableReader.Read(inline, tablePath, PipelineColumns, context);
        }
        else
        {
            context.Error(pipeline.Map.Position, pipeline.PathOf("file"), "required key is missing: the partners' opportunities per sector", "file: data/pipeline.csv (columns country, sector, opportunitiesPerYear), or opportunities: [...]");
        }

        var seen = new Dictionary<(string, string), SourcePosition>();
        foreach (var row in rows ?? [])
        {
            var cells = new RowReader(row, context);
            var country = cells.Cell("country");
            var sector = cells.Cell("sector");
            var rate = cells.Number(PipelineFields.OpportunitiesPerYear);
            var countryOk = country is not null && PartnerReference(country, row.PathOf("country"), "a pipeline row");
            var sectorOk = sector is not null && _sectors.Check(sector.Text, sector.Position, row.PathOf("sector"), context);
            if (country is null || sector is null || !countryOk || !sectorOk)
            {
                continue;
            }

            if (seen.TryGetValue((country.Text, sector.Text), out var first))
            {
                context.Error(country.Position, row.PathOf("country"), $"duplicate row for country {country.Text} and sector {sector.Text} (first at line {first.Line})");
                continue;
            }

            seen.Add((country.Text, sector.Text), country.Position);
            if (rate is { } r)
            {
                if (!opportunities.TryGetValue(country.Text, out var bySector))
                {
                    opportunities[country.Text] = bySector = [];
                }

                bySector[sector.Text] = r;
            }
        }

        if (baseYear is null || multiplier is null || growth is null || (pipeline.Has("cityToCityGrowthRatePerYear") && cityGrowth is null))
        {
            return (null, opportunities);
        }

        var result = new PipelineGrowth
        {
            BaseYear = baseYear.Value,
            Multiplier = multiplier,
            GrowthRatePerYear = growth,
            CityToCityShare = cityShare ?? 0,
        };
        return (cityGrowth is null ? result : result with { CityToCityGrowthRatePerYear = cityGrowth }, opportunities);
    }

    // A reference that must name a signed partner (pipelines and portfolios exist only there).
    private bool PartnerReference(TableCell cell, string path, string what)
    {
        var code = cell.Text.Trim();
        if (_candidates.Contains(code))
        {
            context.Error(cell.Position, ScenarioRules.CandidateNotPartner(path, code, what));
            return false;
        }

        return _partners.Check(code, cell.Position, path, context);
    }

    private List<PartnerCountry> BuildPartners(
        List<PartnerRow> rows,
        CountryParameters defaults,
        Dictionary<string, (Distribution? Lag, Distribution? Retention, Distribution? Premium)> overrides,
        Dictionary<string, Dictionary<string, double>> opportunities)
    {
        var sectorOrder = _sectors.Ids.ToList();
        var partners = new List<PartnerCountry>(rows.Count);
        foreach (var row in rows)
        {
            overrides.TryGetValue(row.Code, out var own);
            var bySector = opportunities.GetValueOrDefault(row.Code) ?? [];

            // Sector order, not file order, so the same data always gives the same scenario.
            var ordered = new Dictionary<string, double>();
            foreach (var sector in sectorOrder.Where(bySector.ContainsKey))
            {
                ordered[sector] = bySector[sector];
            }

            partners.Add(new PartnerCountry
            {
                Code = row.Code,
                Name = row.Name,
                Region = row.Region,
                SigningYear = row.SigningYear,
                AgreementEndYear = row.AgreementEndYear,
                Article6ReadinessLagYears = own.Lag ?? defaults.ReadinessLagYears,
                HostRetentionShare = own.Retention ?? defaults.HostRetentionShare,
                CountryRiskPremium = own.Premium ?? defaults.CountryRiskPremium,
                OpportunitiesPerYear = ordered,
            });
        }

        return partners;
    }

    /// <summary>An expansion that starts after the horizon.</summary>
    internal static ScenarioProblem? ExpansionStartsLate(int startYear, int lastYear) =>
        ScenarioRules.StartsAfterHorizon(ExpansionFields.StartYear.Path, "expansion", startYear, lastYear, alternative: "; for no expansion set newPartnersPerYear: 0");

    /// <summary>A partner row before its distributions and pipeline are attached.</summary>
    private sealed record PartnerRow(string Code, LocalizedText Name, string Region, int SigningYear, int? AgreementEndYear);

    /// <summary>The per-country distributions of <c>countryDefaults</c>.</summary>
    private sealed record CountryParameters(Distribution ReadinessLagYears, Distribution HostRetentionShare, Distribution CountryRiskPremium);
}
