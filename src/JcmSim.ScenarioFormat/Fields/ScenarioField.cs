namespace JcmSim.ScenarioFormat.Fields;

/// <summary>
/// One field of the scenario format, stated once: the YAML reader checks values with it, the JSON
/// Schema (<c>jcmsim schema</c>) describes it, <see cref="JcmSim.ScenarioFormat.ScenarioValidator"/> checks scenarios built
/// in code with it and the field tables of <c>scenarios/README.md</c> are generated from it.
/// </summary>
/// <param name="Path">Dotted path; <c>*</c> stands for any entry id or row index, e.g. <c>sectors.*.failureHazardPerYear</c>, <c>partners[*].signingYear</c>.</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="Unit">Unit of the value, <c>–</c> when it has none.</param>
/// <param name="Description">What the field means, in one sentence (also the JSON Schema's description).</param>
internal sealed record ScenarioField(string Path, ScenarioFieldKind Kind, string Unit, string Description)
{
    /// <summary>What a required field shows as its default.</summary>
    public const string Required = "required";

    /// <summary>The basis of a field every scenario states itself, with its own basis next to the number.</summary>
    public const string StatedByScenario = "per scenario ([baseline](#parameters-of-the-baseline))";

    /// <summary>The basis of a default that only says how the format reads an absent key.</summary>
    public const string FormatDefault = "assumption: the format's default, not a claim about the JCM";

    /// <summary>The values a real-valued field (number, distribution support, year-path value) accepts.</summary>
    public ValueRange? Range { get; init; }

    /// <summary>The values a whole-number field accepts.</summary>
    public WholeNumberRange? WholeRange { get; init; }

    /// <summary>What other fields accept, for messages and the README, e.g. <c>public, private</c>.</summary>
    public string AllowedText { get; init; } = "";

    /// <summary>The value when the field is absent, or <see cref="Required"/>.</summary>
    public string Default { get; init; } = Required;

    /// <summary>Why the default (or, for a required field, the value) is what it is: a public source, or "assumption".</summary>
    public string Basis { get; init; } = StatedByScenario;

    /// <summary>The key of the field in its mapping or the column in its table: the path's last segment.</summary>
    public string Key => Path[(Path.LastIndexOf('.') + 1)..];

    /// <summary>What the field accepts, as messages say after "allowed:".</summary>
    public string Allowed => Range?.Text ?? WholeRange?.Text ?? AllowedText;

    /// <summary>True when a scenario without <c>extends:</c> must give the field.</summary>
    public bool IsRequired => Default == Required;

    /// <summary>The field's real-valued range; a catalogue bug when it has none.</summary>
    public ValueRange Values => Range ?? throw new InvalidOperationException($"The scenario field {Path} has no value range.");

    /// <summary>The field's whole-number range; a catalogue bug when it has none.</summary>
    public WholeNumberRange WholeValues => WholeRange ?? throw new InvalidOperationException($"The scenario field {Path} has no whole-number range.");

    /// <summary>A distribution-valued field.</summary>
    public static ScenarioField Uncertain(string path, ValueRange range, string unit, string description) =>
        new(path, ScenarioFieldKind.Distribution, unit, description) { Range = range };

    /// <summary>A number field.</summary>
    public static ScenarioField Number(string path, ValueRange range, string unit, string description) =>
        new(path, ScenarioFieldKind.Number, unit, description) { Range = range };

    /// <summary>A year-path field (a number or <c>{year: value, …}</c>).</summary>
    public static ScenarioField OverYears(string path, ValueRange range, string unit, string description) =>
        new(path, ScenarioFieldKind.YearPath, unit, description) { Range = range };

    /// <summary>A whole-number field.</summary>
    public static ScenarioField Whole(string path, WholeNumberRange range, string unit, string description) =>
        new(path, ScenarioFieldKind.WholeNumber, unit, description) { WholeRange = range };

    /// <summary>A fiscal-year field.</summary>
    public static ScenarioField Year(string path, string description) =>
        Whole(path, WholeNumberRange.Year, "FY", description);

    /// <summary>A field of another kind; <paramref name="allowed"/> says what it accepts.</summary>
    public static ScenarioField Other(string path, ScenarioFieldKind kind, string allowed, string description) =>
        new(path, kind, "–", description) { AllowedText = allowed };
}
