using JcmSim.Model.Distributions;
using JcmSim.Model.Potential;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Projects;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>Reads the <c>sectors</c> section (project types), registering each sector's id.</summary>
internal sealed class SectorsReader(LoadContext context, IdRegistry sectors)
{
    /// <summary>The keys of one sector.</summary>
    internal static readonly string[] Keys = [.. SectorFields.All.Select(f => f.Key)];

    /// <summary>The sectors under <paramref name="root"/>, or null when the section cannot be read.</summary>
    public List<SectorProfile>? Read(MapReader root)
    {
        var node = root.Get("sectors");
        if (node is null)
        {
            sectors.Complete = false;
            return null;
        }

        var items = KeyedItems.Read(node, "sectors", context);
        if (node is not (SourceMap or SourceSequence))
        {
            sectors.Complete = false;
            return null;
        }

        if (items.Count == 0)
        {
            context.Error(node.Position, ScenarioRules.NoSector);
            return null;
        }

        if (ScenarioRules.TooMany("sectors", "sectors", items.Count, ScenarioLimits.MaxSectors) is { } tooMany)
        {
            context.Error(node.Position, tooMany);
            sectors.Complete = false;
            return null;
        }

        var profiles = new List<SectorProfile>();
        foreach (var item in items)
        {
            if (item.Id is not null)
            {
                sectors.Add(item.Id, item.IdNode.Position, item.IdInBody ? item.Path + ".id" : item.Path, context);
            }

            string[] keys = item.IdInBody ? ["id", .. Keys] : Keys;
            var sector = MapReader.Open(item.Body, item.Path, context, keys);
            if (sector is null)
            {
                continue;
            }

            var name = sector.Localized("name", required: false);
            var size = sector.Uncertain(SectorFields.SizeTco2PerYear);
            var capex = sector.Uncertain(SectorFields.CapexJpyPerTco2PerYear);
            var lead = sector.Uncertain(SectorFields.LeadTimeYears);
            var crediting = sector.Uncertain(SectorFields.CreditingYears);
            var performance = sector.Uncertain(SectorFields.PerformanceRatio);
            var degradation = sector.Uncertain(SectorFields.DegradationPerYear);
            var hazard = sector.Uncertain(SectorFields.FailureHazardPerYear);
            var returns = sector.Uncertain(SectorFields.ReturnWithoutCredits);
            var source = sector.Enum<EmissionSource>(SectorFields.EmissionSource.Key, required: false);
            var share = sector.Uncertain(SectorFields.AddressableShare);
            if (item.Id is null || size is null || capex is null || lead is null || crediting is null
                || performance is null || degradation is null || hazard is null || returns is null
                || (sector.Has(SectorFields.EmissionSource.Key) && source is null) || (sector.Has(SectorFields.AddressableShare.Key) && share is null))
            {
                continue;
            }

            profiles.Add(new SectorProfile
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
                EmissionSource = source,
                AddressableShare = share ?? Distribution.Fixed(1),
            });
        }

        return profiles;
    }
}
