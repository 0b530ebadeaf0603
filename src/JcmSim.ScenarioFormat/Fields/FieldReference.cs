namespace JcmSim.ScenarioFormat.Fields;

/// <summary>
/// The field tables of <c>scenarios/README.md</c>, generated from the field catalogue between two
/// marker lines (<c>jcmsim schema --update-readme scenarios/README.md</c> rewrites them); everything
/// else in the README is written by hand.
/// </summary>
public static class FieldReference
{
    /// <summary>The line before the generated tables.</summary>
    public const string Begin = "<!-- fields: generated from src/JcmSim.ScenarioFormat/Fields by 'jcmsim schema --update-readme scenarios/README.md'; edit the catalogue, not these tables -->";

    /// <summary>The line after the generated tables.</summary>
    public const string End = "<!-- end of fields -->";

    /// <summary>The generated lines: one table per section of the catalogue.</summary>
    public static IReadOnlyList<string> Lines()
    {
        var lines = new List<string>();
        foreach (var section in ScenarioFields.Sections)
        {
            lines.Add("");
            lines.Add($"### {section.Title}");
            lines.Add("");
            lines.Add("| field | type | unit | allowed | default | description | basis |");
            lines.Add("|---|---|---|---|---|---|---|");
            lines.AddRange(section.Fields.Select(Row));
        }

        lines.Add("");
        return lines;
    }

    /// <summary><paramref name="readme"/> with the text between the markers replaced by <see cref="Lines"/>.</summary>
    public static string Update(string readme) => Section.Update(readme, Lines());

    /// <summary>
    /// The first line where the README's tables differ from the catalogue's, described for a test
    /// failure, or null when they are equal.
    /// </summary>
    public static string? FirstDifference(string readme) => Section.FirstDifference(readme, Lines());

    private static GeneratedSection Section { get; } = new(Begin, End, "field catalogue", "catalogue");

    private static string Row(ScenarioField field) =>
        "| " + string.Join(" | ", $"`{field.Path}`", TypeOf(field), field.Unit, GeneratedSection.Cell(field.Allowed), GeneratedSection.Cell(field.Default), GeneratedSection.Cell(field.Description), GeneratedSection.Cell(field.Basis)) + " |";

    private static string TypeOf(ScenarioField field) => field.Kind switch
    {
        ScenarioFieldKind.Distribution => "number or distribution",
        ScenarioFieldKind.Number => "number",
        ScenarioFieldKind.WholeNumber => field.WholeRange == WholeNumberRange.Year ? "fiscal year" : "whole number",
        ScenarioFieldKind.YearPath => "number or year path",
        ScenarioFieldKind.Text => "text",
        ScenarioFieldKind.Localized => "text or {en, ja}",
        ScenarioFieldKind.Identifier => "identifier",
        ScenarioFieldKind.CountryCode => "country code",
        ScenarioFieldKind.Choice => "one of",
        ScenarioFieldKind.Boolean => "true or false",
        ScenarioFieldKind.List => "list",
        ScenarioFieldKind.File => "file",
        ScenarioFieldKind.Lever => "study range",
        _ => throw new InvalidOperationException($"The field {field.Path} is of a kind the README does not name."),
    };
}
