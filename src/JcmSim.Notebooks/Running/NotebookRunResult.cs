namespace JcmSim.Notebooks.Running;

/// <summary>A notebook that ran to its end.</summary>
/// <param name="Path">The notebook as the user named it.</param>
/// <param name="CodeCells">Code cells executed.</param>
/// <param name="SkippedCells">Code cells left as they are (tagged <see cref="NotebookRunner.SkipTag"/>).</param>
/// <param name="Seconds">Wall time of the whole notebook.</param>
/// <param name="Written">True when the outputs were written back into the file.</param>
public sealed record NotebookRunResult(string Path, int CodeCells, int SkippedCells, double Seconds, bool Written);
