namespace JcmSim.Notebooks.Running;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Write the outputs and execution counts back into the notebook file (deterministically).</summary>
    public bool Write { get; init; }

    /// <summary>The engine of <see cref="Jcm"/> calls that name none while the notebook runs.</summary>
    public JcmEngine Engine { get; init; } = JcmEngine.InProcess;

    /// <summary>Told when each cell starts and ends (progress); null for nothing.</summary>
    public Action<NotebookCellProgress>? Progress { get; init; }
}
