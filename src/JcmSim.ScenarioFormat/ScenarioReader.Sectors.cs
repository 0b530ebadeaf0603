using JcmSim.Model.Scenarios;
using JcmSim.Model.Projects;

namespace JcmSim.ScenarioFormat;

/// <summary>The <c>sectors</c> section.</summary>
internal sealed partial class ScenarioReader
{
    internal static readonly string[] SectorKeys =
    [
        "name", "sizeTco2PerYear", "capexJpyPerTco2PerYear", "leadTimeYears", "creditingYears",
        "performanceRatio", "degradationPerYear", "failureHazardPerYear", "returnWithoutCredits",
    ];

    private List<SectorProfile>? ReadSectors(MapReader root)
    {
        var node = root.Get("sectors");
        if (node is null)
        {
            _sectors.Complete = false;
            return null;
        }

        var items = KeyedItems(node, "sectors");
        if (node is not (SourceMap or SourceSequence))
        {
            _sectors.Complete = false;
            return null;
        }

        if (items.Count == 0)
        {
            context.Error(node.Position, "sectors", "at least one sector is needed");
            return null;
        }

        if (items.Count > ScenarioLimits.MaxSectors)
        {
            context.Error(node.Position, "sectors", $"{items.Count:N0} sectors", $"at most {ScenarioLimits.MaxSectors}");
            _sectors.Complete = false;
            return null;
        }

        var sectors = new List<SectorProfile>();
        foreach (var item in items)
        {
            if (item.Id is not null)
            {
                _sectors.Add(item.Id, item.IdNode.Position, item.IdInBody ? item.Path + ".id" : item.Path, context);
            }

            string[] keys = item.IdInBody ? ["id", .. SectorKeys] : SectorKeys;
            var sector = MapReader.Open(item.Body, item.Path, context, keys);
            if (sector is null)
            {
                continue;
            }

            var name = sector.Localized("name", required: false);
            var size = sector.Uncertain("sizeTco2PerYear", FieldRanges.Tco2PerYear);
            var capex = sector.Uncertain("capexJpyPerTco2PerYear", FieldRanges.CapexJpyPerTco2PerYear);
            var lead = sector.Uncertain("leadTimeYears", FieldRanges.UncertainYears);
            var crediting = sector.Uncertain("creditingYears", FieldRanges.UncertainYears);
            var performance = sector.Uncertain("performanceRatio", FieldRanges.Factor);
            var degradation = sector.Uncertain("degradationPerYear", FieldRanges.ShareBelowOne);
            var hazard = sector.Uncertain("failureHazardPerYear", FieldRanges.Share);
            var returns = sector.Uncertain("returnWithoutCredits", FieldRanges.Rate);
            if (item.Id is null || size is null || capex is null || lead is null || crediting is null
                || performance is null || degradation is null || hazard is null || returns is null)
            {
                continue;
            }

            sectors.Add(new SectorProfile
            {
                Id = item.Id,
                Name = name ?? new LocalizedText(item.Id),
                SizeTco2PerYear = size,
                CapexJpyPerTco2PerYear = capex,
                LeadTimeYears = lead,
                CreditingYears = crediting,
                PerformanceRatio = performance,
                DegradationPerYear = degradation,
                FailureHazardPerYear = hazard,
                ReturnWithoutCredits = returns,
            });
        }

        return sectors;
    }
}
