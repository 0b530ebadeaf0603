using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// What the field catalogue says about an input a study varies (an uncertain field or a lever), by
/// the catalogue's own lookup of an input path (<see cref="ScenarioFieldFacts.Find"/>) for its unit, and by the path's last segment
/// as the catalogue's study ranges are for the values it accepts.
/// </summary>
public static class StudyInputFields
{
    /// <summary>The unit of the input at <paramref name="inputPath"/> as the catalogue writes it (e.g. "factor", "partners/yr (Poisson rate)"), or "–" when it names none.</summary>
    public static string Unit(string inputPath)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        return ScenarioFieldFacts.Find(inputPath)?.Unit ?? "–";
    }

    /// <summary>The unit of the input at <paramref name="inputPath"/> in English (as <see cref="Unit"/>) and Japanese.</summary>
    public static LocalizedText UnitText(string inputPath) => FieldUnits.Of(Unit(inputPath));

    /// <summary>True when the input at <paramref name="inputPath"/> accepts <paramref name="value"/>; <paramref name="allowed"/> says what it accepts (e.g. "≥ 0, at most 1,000").</summary>
    public static bool Accepts(string inputPath, double value, out string allowed)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        if (!ScenarioFields.StudyRanges.TryGetValue(Key(inputPath), out var range))
        {
            allowed = "any finite number";
            return double.IsFinite(value);
        }

        allowed = range.Text;
        return range.Contains(value) && range.WithinCeiling(value);
    }

    private static string Key(string path) => path[(path.LastIndexOf('.') + 1)..];
}
