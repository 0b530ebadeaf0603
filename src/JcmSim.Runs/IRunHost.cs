namespace JcmSim.Runs;

/// <summary>
/// What a run or study needs from the front end that started it: somewhere to show progress and
/// somewhere to write notes. The command line shows bars and lines on the console, the notebook API
/// and the explorer pass <see cref="RunHost.Silent"/> or their own.
/// </summary>
public interface IRunHost
{
    /// <summary>Lines that belong with the results (e.g. "resuming … from block 12").</summary>
    TextWriter Out { get; }

    /// <summary>Warnings and notes (e.g. where checkpoints of an interrupted run are kept).</summary>
    TextWriter Error { get; }

    /// <summary>Runs <paramref name="work"/> with a progress sink; returns when it does.</summary>
    Task WithProgressAsync(Func<IRunProgress, Task> work);
}
