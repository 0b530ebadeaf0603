namespace JcmSim.Notebooks.Running;

/// <summary>A code cell of a notebook failed to compile or threw; the notebook stopped there.</summary>
public sealed class NotebookCellException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The notebook as the user named it.</param>
    /// <param name="cell">1-based index of the cell among all cells of the notebook (markdown included), as editors number them.</param>
    /// <param name="line">1-based line within the cell.</param>
    /// <param name="error">The compiler's or the runtime's message, e.g. <c>error CS0103: The name 'x' does not exist in the current context</c>.</param>
    /// <param name="inner">The runtime exception, if any.</param>
    public NotebookCellException(string path, int cell, int line, string error, Exception? inner = null)
        : base($"{path}: cell {cell}, line {line}: {error}", inner)
    {
        Path = path;
        Cell = cell;
        Line = line;
        Error = error;
    }

    /// <summary>The notebook as the user named it.</summary>
    public string Path { get; }

    /// <summary>1-based index of the failing cell among all cells.</summary>
    public int Cell { get; }

    /// <summary>1-based line within the cell.</summary>
    public int Line { get; }

    /// <summary>The compiler's or the runtime's message.</summary>
    public string Error { get; }
}
