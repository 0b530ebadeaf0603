using JcmSim.Model.Observations;

namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The columns of the <c>observations</c> table: dated figures of the public record a run reports beside its own readings.</summary>
internal static class ObservationFields
{
    /// <summary><c>observations[*].fiscalYear</c>.</summary>
    public static readonly ScenarioField FiscalYear = ScenarioField.Year("observations[*].fiscalYear", "Fiscal year the value belongs to (FY N = 1 April N to 31 March N + 1).");

    /// <summary><c>observations[*].asOf</c>.</summary>
    public static readonly ScenarioField AsOf = ScenarioField.Other("observations[*].asOf", ScenarioFieldKind.Text, "a date YYYY-MM-DD or a year YYYY",
        "The date the value holds at; a date inside the fiscal year makes a cumulative reading include that share of the year's flow, anything else the whole year.")
        with { Default = "the fiscal year's end", Basis = ScenarioField.FormatDefault };

    /// <summary><c>observations[*].quantity</c>.</summary>
    public static readonly ScenarioField Quantity = ScenarioField.Other("observations[*].quantity", ScenarioFieldKind.Choice, string.Join(", ", ObservedQuantities.All.Select(q => q.Name)),
        "What was observed; the run reads the same quantity from the model (scenarios/README.md, \"Calibration and validation\"), or reports it as not modelled.");

    /// <summary><c>observations[*].value</c>.</summary>
    public static readonly ScenarioField Value = ScenarioField.Number("observations[*].value", ValueRange.NonNegative, "unit", "The recorded value, in the row's unit.");

    /// <summary><c>observations[*].unit</c>.</summary>
    public static readonly ScenarioField Unit = ScenarioField.Other("observations[*].unit", ScenarioFieldKind.Choice, "the quantity's unit: " + string.Join(", ", ObservedQuantities.All.Select(q => q.Unit).Distinct()),
        "The unit of the value; it must be the quantity's (partnersSigned: countries, creditsIssuedCumulativeT: tCO2, …).");

    /// <summary><c>observations[*].set</c>.</summary>
    public static readonly ScenarioField Set = ScenarioField.Other("observations[*].set", ScenarioFieldKind.Choice, "calibration, validation",
        "calibration (a record the assumptions were set from) or validation (held out, to check the model against).");

    /// <summary><c>observations[*].source</c>.</summary>
    public static readonly ScenarioField Source = ScenarioField.Other("observations[*].source", ScenarioFieldKind.Text, "ids of scenarios/sources.csv, comma separated", "The documents the value comes from.");

    /// <summary><c>observations[*].note</c>.</summary>
    public static readonly ScenarioField Note = ScenarioField.Other("observations[*].note", ScenarioFieldKind.Text, "text", "How the value was read from the source.")
        with { Default = "none", Basis = ScenarioField.FormatDefault };

    /// <summary>Every column, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [FiscalYear, AsOf, Quantity, Value, Unit, Set, Source, Note];
}
