namespace JcmSim.Model.Potential;

/// <summary>
/// One country's greenhouse-gas emissions by source in one year (MtCO2e), the base of its mitigation
/// potential per sector. A null source is one the dataset does not report for the country.
/// </summary>
public sealed record CountryEmissions
{
    /// <summary>ISO 3166-1 alpha-3 code.</summary>
    public required string Code { get; init; }

    /// <summary>Calendar year of the data.</summary>
    public required int Year { get; init; }

    /// <summary>Public electricity and heat, MtCO2e.</summary>
    public double? ElectricityHeatMt { get; init; }

    /// <summary>Fuel burnt in manufacturing and construction, MtCO2e.</summary>
    public double? ManufacturingConstructionMt { get; init; }

    /// <summary>Industrial process emissions, MtCO2e.</summary>
    public double? IndustrialProcessesMt { get; init; }

    /// <summary>Fuel burnt in buildings, MtCO2e.</summary>
    public double? BuildingsMt { get; init; }

    /// <summary>Transport, MtCO2e.</summary>
    public double? TransportMt { get; init; }

    /// <summary>Fugitive emissions, MtCO2e.</summary>
    public double? FugitiveMt { get; init; }

    /// <summary>Methane of agriculture, MtCO2e.</summary>
    public double? AgricultureMethaneMt { get; init; }

    /// <summary>Waste, MtCO2e.</summary>
    public double? WasteMt { get; init; }

    /// <summary>Net land-use change and forestry flux (negative: net sink), MtCO2e.</summary>
    public double? LandUseForestryMt { get; init; }

    /// <summary>
    /// Emissions of <paramref name="source"/>, MtCO2e, or null when the dataset does not report them.
    /// Land use counts by the magnitude of its net flux: a net sink still clears forest, and REDD+
    /// projects address the clearing, which the net figure understates rather than removes.
    /// </summary>
    public double? Mt(EmissionSource source) => source switch
    {
        EmissionSource.ElectricityHeat => ElectricityHeatMt,
        EmissionSource.IndustryAndBuildings => ManufacturingConstructionMt is { } m && BuildingsMt is { } b ? m + b : null,
        EmissionSource.IndustrialProcesses => IndustrialProcessesMt,
        EmissionSource.Transport => TransportMt,
        EmissionSource.Fugitive => FugitiveMt,
        EmissionSource.AgricultureMethane => AgricultureMethaneMt,
        EmissionSource.Waste => WasteMt,
        EmissionSource.LandUseForestry => LandUseForestryMt is { } l ? Math.Abs(l) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "unknown emission source"),
    };
}
