namespace JcmSim.Runs.Checkpoints;

/// <summary>The content of a checkpoint folder's <c>checkpoint.json</c>.</summary>
/// <param name="FormatVersion">Version of the checkpoint folder's layout and block file format.</param>
/// <param name="Output">The output folder the run was writing to, as an absolute path.</param>
/// <param name="Run">What the run's results depend on.</param>
public sealed record CheckpointManifest(int FormatVersion, string Output, RunIdentity Run)
{
    /// <summary>The format this code writes and reads.</summary>
    public const int CurrentFormatVersion = 2;
}
