namespace JcmSim.Charts;

/// <summary>How charts are drawn; every option has a default a newcomer can live with.</summary>
public sealed record ChartOptions
{
    /// <summary>"en" (default) or "ja": every title, axis, legend, unit and number format.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Countries shown by name in the contributions-by-country chart; the rest are "others". Default 8.</summary>
    public int TopCountries { get; init; } = 8;

    /// <summary>Sectors shown by name in the contributions-by-sector chart; the rest are "others". Default 7 (the chromatic Okabe–Ito colours).</summary>
    public int TopSectors { get; init; } = 7;

    /// <summary>Bars of a tornado chart (the inputs with the largest swings). Default 15.</summary>
    public int TornadoBars { get; init; } = 15;
}
