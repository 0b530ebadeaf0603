namespace JcmSim.Model.Scenarios;

/// <summary>A name or title in English and Japanese; Japanese falls back to English when absent.</summary>
public sealed record LocalizedText(string En, string? Ja = null)
{
    /// <summary>The text in <paramref name="language"/> ("en" or "ja").</summary>
    public string In(string language) => language == "ja" && !string.IsNullOrEmpty(Ja) ? Ja : En;

    /// <inheritdoc />
    public override string ToString() => En;
}
