namespace JcmSim.Model.Potential;

/// <summary>
/// The national emission source a sector's projects can address (MODEL.md §Opportunities, mitigation
/// potential), as the columns of the national emissions table name them (CAIT sectors).
/// </summary>
public enum EmissionSource
{
    /// <summary>Public power and heat: solar, storage, wind, geothermal, transmission.</summary>
    ElectricityHeat = 0,

    /// <summary>Fuel burnt in manufacturing and construction plus in buildings: efficiency, cold chain.</summary>
    IndustryAndBuildings = 1,

    /// <summary>Process emissions of industry (cement, chemicals): CCS.</summary>
    IndustrialProcesses = 2,

    /// <summary>Transport fuel.</summary>
    Transport = 3,

    /// <summary>Fugitive emissions of fuel production.</summary>
    Fugitive = 4,

    /// <summary>Methane of agriculture (the nearest published proxy of rice cultivation): rice AWD.</summary>
    AgricultureMethane = 5,

    /// <summary>Landfill and wastewater: landfill improvement, waste to energy.</summary>
    Waste = 6,

    /// <summary>Land-use change and forestry, by the magnitude of the net flux: forestry.</summary>
    LandUseForestry = 7,
}
