namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The <c>agreements</c> section: what happens when a bilateral agreement ends.</summary>
internal static class AgreementFields
{
    /// <summary><c>agreements.extensionProbability</c>.</summary>
    public static readonly ScenarioField ExtensionProbability = ScenarioField.Uncertain("agreements.extensionProbability", FieldRanges.Share, "probability per expiry", "Probability that an expiring agreement is extended.");

    /// <summary><c>agreements.extensionYears</c>.</summary>
    public static readonly ScenarioField ExtensionYears = ScenarioField.Whole("agreements.extensionYears", WholeNumberRange.Years, "years", "Years added by each extension.");

    /// <summary><c>agreements.issuanceContinuesAfterLapse</c>.</summary>
    public static readonly ScenarioField IssuanceContinuesAfterLapse = ScenarioField.Other("agreements.issuanceContinuesAfterLapse", ScenarioFieldKind.Boolean, "true, false", "Whether registered projects keep issuing after a lapse (default true).")
        with { Default = "true", Basis = "assumption: registered projects keep issuing; the strict reading is agreements-lapse-2030" };

    /// <summary>Every field of the section, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [ExtensionProbability, ExtensionYears, IssuanceContinuesAfterLapse];
}
