namespace JcmSim.Notebooks.Running;

/// <summary>A notebook file is missing, not JSON, or not a notebook the runner can execute (nbformat 4, C#).</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception; the message names the file and what is wrong.</summary>
    public NotebookFormatException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The notebook as the user named it.</summary>
    public string Path { get; }

    /// <summary>What is wrong, in one sentence.</summary>
    public string Problem { get; }
}
