namespace JcmSim.Notebooks.Running;

/// <summary>Progress of a notebook run: a code cell started (<see cref="Seconds"/> null) or finished.</summary>
/// <param name="Path">The notebook as the user named it.</param>
/// <param name="Cell">1-based index of the cell among all cells.</param>
/// <param name="CodeCell">1-based index among the code cells that run.</param>
/// <param name="CodeCells">Code cells that run.</param>
/// <param name="Seconds">Wall time of the cell once finished; null when it starts.</param>
public sealed record NotebookCellProgress(string Path, int Cell, int CodeCell, int CodeCells, double? Seconds);
