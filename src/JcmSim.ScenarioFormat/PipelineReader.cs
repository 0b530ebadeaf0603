using JcmSim.Model.Distributions;
using JcmSim.Model.Projects;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>Reads the <c>pipeline</c> section: how the opportunity flow grows, and the partners' opportunities per sector.</summary>
internal sealed class PipelineReader(LoadContext context, IdRegistry sectors, CountryIds countries)
{
    /// <summary>The columns of the opportunities table.</summary>
    internal static readonly TableSchema Columns = TableSchema.Of(PipelineFields.Opportunities);

    /// <summary>The keys of the section.</summary>
    internal static readonly string[] Keys = [.. PipelineFields.All.Where(f => !f.Path.Contains('[')).Select(f => f.Key), "opportunities"];

    /// <summary>The <c>pipeline</c> section: its growth, and the partners' opportunities by country and sector.</summary>
    public (PipelineGrowth? Growth, Dictionary<string, Dictionary<string, double>> Opportunities) Read(MapReader root)
    {
        var opportunities = new Dictionary<string, Dictionary<string, double>>();
        var pipeline = root.Nested("pipeline", Keys);
        if (pipeline is null)
        {
            return (null, opportunities);
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
            || (pipeline.Has(PipelineFields.CreditPriceElasticity.Key) && elasticity is null))
        {
            return (null, opportunities);
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
        };
        return (cityGrowth is null ? result : result with { CityToCityGrowthRatePerYear = cityGrowth }, opportunities);
    }
}
