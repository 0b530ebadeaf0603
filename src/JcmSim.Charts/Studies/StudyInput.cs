using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Studies;

/// <summary>An input of a study as the charts label it.</summary>
/// <param name="Name">Display name, e.g. ("Private capital multiplier", "民間資金の倍率").</param>
/// <param name="Unit">Unit shown after the name, e.g. "JPY/yr"; empty for dimensionless inputs.</param>
/// <param name="Low">Lower end of the range studied (needed by the PRIM box chart).</param>
/// <param name="High">Upper end of the range studied (needed by the PRIM box chart).</param>
public sealed record StudyInput(LocalizedText Name, string Unit = "", double? Low = null, double? High = null)
{
    /// <summary>The name in <paramref name="language"/>, with the unit in brackets when there is one.</summary>
    public string Label(string language)
    {
        var name = Name.In(language);
        if (string.IsNullOrEmpty(Unit))
        {
            return name;
        }

        return language == "ja" ? $"{name}（{Unit}）" : $"{name} ({Unit})";
    }
}
