namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The fields that name and explain a scenario.</summary>
internal static class HeadingFields
{
    /// <summary><c>name</c>.</summary>
    public static readonly ScenarioField Name = ScenarioField.Other("name", ScenarioFieldKind.Text, "text", "Short identifier of the scenario in tables and files; defaults to the file name; never inherited.")
        with { Default = "the file name", Basis = "assumption: a run's files and tables name scenarios by file" };

    /// <summary><c>title</c>.</summary>
    public static readonly ScenarioField Title = ScenarioField.Other("title", ScenarioFieldKind.Localized, "text or {en: …, ja: …}", "Title for tables and charts: text, or {en: …, ja: …}.")
        with { Default = "the name", Basis = ScenarioField.FormatDefault };

    /// <summary><c>question</c>.</summary>
    public static readonly ScenarioField Question = ScenarioField.Other("question", ScenarioFieldKind.Localized, "text or {en: …, ja: …}", "The question this scenario answers, in one paragraph: text, or {en: …, ja: …}.")
        with { Default = "empty", Basis = ScenarioField.FormatDefault };

    /// <summary><c>description</c>.</summary>
    public static readonly ScenarioField Description = ScenarioField.Other("description", ScenarioFieldKind.Text, "any text", "Free text; ignored.")
        with { Default = "empty", Basis = ScenarioField.FormatDefault };

    /// <summary>Every heading field.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [Name, Title, Question, Description];
}
