namespace JcmSim.Runs;

/// <summary>Hosts that need no front end.</summary>
public static class RunHost
{
    /// <summary>Shows nothing and writes nothing: for the notebook API, the explorer and tests.</summary>
    public static IRunHost Silent { get; } = new SilentRunHost();

    /// <summary>A progress sink that ignores everything.</summary>
    public static IRunProgress NoProgress { get; } = new IgnoredProgress();

    private sealed class SilentRunHost : IRunHost
    {
        public TextWriter Out => TextWriter.Null;

        public TextWriter Error => TextWriter.Null;

        public Task WithProgressAsync(Func<IRunProgress, Task> work)
        {
            ArgumentNullException.ThrowIfNull(work);
            return work(NoProgress);
        }
    }

    private sealed class IgnoredProgress : IRunProgress
    {
        public void Start(string scenario, int trials)
        {
        }

        public void Extend(int trials)
        {
        }

        public void Advance(int trials)
        {
        }

        public void Finish()
        {
        }
    }
}
