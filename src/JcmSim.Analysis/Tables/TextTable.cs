namespace JcmSim.Analysis.Tables;

/// <summary>
/// A table of already formatted cells, independent of where it is shown: the CLI draws it with
/// Spectre.Console, notebooks as plain text, Markdown or HTML. Building it computes nothing.
/// </summary>
/// <param name="Columns">Column headers.</param>
/// <param name="RightAligned">Per column: true for numbers (right-aligned), false for labels.</param>
/// <param name="Rows">Rows of cells, each as many as <paramref name="Columns"/>.</param>
/// <param name="Caption">A line under the table (trials, seed, what the intervals are), or empty.</param>
public sealed record TextTable(
    IReadOnlyList<string> Columns,
    IReadOnlyList<bool> RightAligned,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    string Caption);
