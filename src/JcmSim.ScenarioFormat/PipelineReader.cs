using JcmSim.Model.Distributions;
using JcmSim.Model.Potential;
using JcmSim.Model.Projects;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>Reads the <c>pipeline</c> section: how the opportunity flow grows, and the partners' opportunities per sector.</summary>
internal sealed class PipelineReader(LoadContext context, IdRegistry sectors, CountryIds countries)
{
    /// <summary>The columns of the opportunities table.</summary>
    internal static readonly TableSchema Columns = TableSchema.Of(PipelineFields.Opportunities);

    /// <summary>The columns of the national emissions table.</summary>
    internal static readonly TableSchema EmissionsColumns = TableSchema.Of(EmissionsFields.Columns);

    /// <summary>The keys of the section.</summary>
    internal static readonly string[] Keys = [.. PipelineFields.All.Where(f => !f.Path.Contains('[')).Select(f => f.Key), "opportunities"];

    /// <summary>The <c>pipeline</c> section: its growth, and the partners' opportunities by country and sector.</summary>
    public (PipelineGrowth? Growth, Dictionary<string, Dictionary<string, double>> Opportunities, List<CountryEmissions> Emissions) Read(MapReader root)
    {
        var opportunities = new Dictionary<string, Dictionary<string, double>>();
        var emissions = new List<CountryEmissions>();
        var pipeline = root.Nested("pipeline", Keys);
        if (pipeline is null)
        {
            return (null, opportunities, emissions);
        }

        var baseYear = pipeline.WholeNumber(PipelineFields.BaseYear);
        var multiplier = pipeline.Uncertain(PipelineFields.Multiplier);
        var growth = pipeline.Uncertain(PipelineFields.GrowthRatePerYear);
        var cityShare = pipeline.Number(PipelineFields.CityToCityShare);
        var cityGrowth = pipeline.Uncertain(PipelineFields.CityToCityGrowthRatePerYear);
        var ageOut = pipeline.Uncertain(PipelineFields.BacklogAgeOutPerYear);
        var response = pipeline.Uncertain(PipelineFields.FinanceResponsePerUnspentShare);
        var maxGrowth = pipeline.Uncertain(PipelineFields.MaxFinanceResponseGrowthPerYear);
        var lag = pipeline.WholeNumber(PipelineFields.FinanceResponseLagYears);
        var elasticity = pipeline.Uncertain(PipelineFields.CreditPriceElasticity);
        var maturity = pipeline.Uncertain(PipelineFields.MaturityPerLogProjects);
        var reference = pipeline.Number(PipelineFields.MaturityReferenceProjects);
        var registrations = pipeline.Uncertain(PipelineFields.JointCommitteeRegistrationsPerYear);
        var registrationGrowth = pipeline.Uncertain(PipelineFields.JointCommitteeRegistrationsPerProject);
        if (pipeline.Get(PipelineFields.NationalEmissions.Key, required: false) is { } emissionsNode)
        {
            ReadEmissions(TableReader.Read(emissionsNode, pipeline.PathOf(PipelineFields.NationalEmissions.Key), EmissionsColumns, context), emissions);
        }

        IReadOnlyList<TableRow>? rows = null;
        var tablePath = pipeline.PathOf("opportunities");
        if (pipeline.Has("file") && pipeline.Has("opportunities"))
        {
            context.Error(pipeline.Map.Position, pipeline.Path, "give the opportunities either as 'file' or inline as 'opportunities', not both");
        }
        else if (pipeline.Get("file", required: false) is { } file)
        {
            rows = TableReader.FromFile(file, pipeline.PathOf("file"), tablePath, Columns, context);
        }
        else if (pipeline.Get("opportunities", required: false) is { } inline)
        {
            rows = TableReader.Read(inline, tablePath, Columns, context);
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
            var countryOk = country is not null && countries.IsPartner(country, row.PathOf("country"), "a pipeline row");
            var sectorOk = sector is not null && sectors.Check(sector.Text, sector.Position, row.PathOf("sector"), context);
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

        if (baseYear is null || multiplier is null || growth is null || (pipeline.Has("cityToCityGrowthRatePerYear") && cityGrowth is null)
            || (pipeline.Has(PipelineFields.BacklogAgeOutPerYear.Key) && ageOut is null)
            || (pipeline.Has(PipelineFields.FinanceResponsePerUnspentShare.Key) && response is null)
            || (pipeline.Has(PipelineFields.MaxFinanceResponseGrowthPerYear.Key) && maxGrowth is null)
            || (pipeline.Has(PipelineFields.FinanceResponseLagYears.Key) && lag is null)
            || (pipeline.Has(PipelineFields.CreditPriceElasticity.Key) && elasticity is null)
            || (pipeline.Has(PipelineFields.MaturityPerLogProjects.Key) && maturity is null)
            || (pipeline.Has(PipelineFields.MaturityReferenceProjects.Key) && reference is null)
            || (pipeline.Has(PipelineFields.JointCommitteeRegistrationsPerYear.Key) && registrations is null)
            || (pipeline.Has(PipelineFields.JointCommitteeRegistrationsPerProject.Key) && registrationGrowth is null))
        {
            return (null, opportunities, emissions);
        }

        var result = new PipelineGrowth
        {
            BaseYear = baseYear.Value,
            Multiplier = multiplier,
            GrowthRatePerYear = growth,
            CityToCityShare = cityShare ?? 0,
            BacklogAgeOutPerYear = ageOut ?? Distribution.Fixed(1),
            FinanceResponsePerUnspentShare = response ?? Distribution.Fixed(0),
            MaxFinanceResponseGrowthPerYear = maxGrowth ?? Distribution.Fixed(0),
            FinanceResponseLagYears = lag ?? 1,
            CreditPriceElasticity = elasticity ?? Distribution.Fixed(0),
            MaturityPerLogProjects = maturity ?? Distribution.Fixed(0),
            MaturityReferenceProjects = reference ?? 0,
            JointCommitteeRegistrationsPerYear = registrations,
            JointCommitteeRegistrationsPerProject = registrationGrowth ?? Distribution.Fixed(0),
        };
        return (cityGrowth is null ? result : result with { CityToCityGrowthRatePerYear = cityGrowth }, opportunities, emissions);
    }

    // One row per country; codes that are neither partner nor candidate of this scenario are kept and unused
    // (the table is the same for every variant, whichever candidates it keeps).
    private void ReadEmissions(IReadOnlyList<TableRow>? rows, List<CountryEmissions> emissions)
    {
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var row in rows ?? [])
        {
            var cells = new RowReader(row, context);
            var code = cells.Cell("code");
            var year = cells.WholeNumber(EmissionsFields.Year);
            double? Mt(ScenarioField field) => row.Cells.TryGetValue(field.Key, out var cell) && cell.Text.Trim().Length > 0 ? cells.Number(field) : null;
            var values = EmissionsFields.Sources.ToDictionary(f => f.Key, Mt);
            if (code is null || year is null)
            {
                continue;
            }

            if (!seen.TryAdd(code.Text.Trim(), code.Position))
            {
                context.Error(code.Position, row.PathOf("code"), $"duplicate row for country {code.Text.Trim()} (first at line {seen[code.Text.Trim()].Line})");
                continue;
            }

            emissions.Add(new CountryEmissions
            {
                Code = code.Text.Trim(),
                Year = year.Value,
                ElectricityHeatMt = values[EmissionsFields.ElectricityHeatMt.Key],
                ManufacturingConstructionMt = values[EmissionsFields.ManufacturingConstructionMt.Key],
                IndustrialProcessesMt = values[EmissionsFields.IndustrialProcessesMt.Key],
                BuildingsMt = values[EmissionsFields.BuildingsMt.Key],
                TransportMt = values[EmissionsFields.TransportMt.Key],
                FugitiveMt = values[EmissionsFields.FugitiveMt.Key],
                AgricultureMethaneMt = values[EmissionsFields.AgricultureMethaneMt.Key],
                WasteMt = values[EmissionsFields.WasteMt.Key],
                LandUseForestryMt = values[EmissionsFields.LucfMt.Key],
            });
        }
    }
}
