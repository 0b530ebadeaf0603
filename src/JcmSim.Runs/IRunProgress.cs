namespace JcmSim.Runs;

/// <summary>Receives progress of a run: trials done per scenario.</summary>
public interface IRunProgress
{
    /// <summary>A scenario starts with <paramref name="trials"/> trials.</summary>
    void Start(string scenario, int trials);

    /// <summary>The current scenario will run <paramref name="trials"/> trials in all, more than announced (an auto-stopping run's next wave).</summary>
    void Extend(int trials);

    /// <summary><paramref name="trials"/> more trials of the current scenario are done.</summary>
    void Advance(int trials);

    /// <summary>The current scenario is done.</summary>
    void Finish();
}
