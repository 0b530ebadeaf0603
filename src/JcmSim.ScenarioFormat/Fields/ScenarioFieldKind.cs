namespace JcmSim.ScenarioFormat.Fields;

/// <summary>What a scenario field holds, as the YAML reader and the JSON Schema see it.</summary>
internal enum ScenarioFieldKind
{
    /// <summary>A number (fixed) or a distribution <c>{dist: …}</c> whose support lies in the field's range.</summary>
    Distribution,

    /// <summary>A finite number in the field's range.</summary>
    Number,

    /// <summary>A whole number in the field's range (years, counts).</summary>
    WholeNumber,

    /// <summary>A number, or a mapping of fiscal years to numbers, every value in the field's range.</summary>
    YearPath,

    /// <summary>Non-empty text.</summary>
    Text,

    /// <summary>Text, or <c>{en: …, ja: …}</c>.</summary>
    Localized,

    /// <summary>Letters, digits, '_' and '-', starting with a letter.</summary>
    Identifier,

    /// <summary>An ISO 3166-1 alpha-3 country code.</summary>
    CountryCode,

    /// <summary>One of a fixed list of words.</summary>
    Choice,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A sequence of ids or codes.</summary>
    List,

    /// <summary>A path to a CSV file, relative to the YAML file.</summary>
    File,

    /// <summary>A study-only multiplier with no distribution of its own (<see cref="JcmSim.Model.Scenarios.Parameters.ScenarioLevers"/>).</summary>
    Lever,
}
