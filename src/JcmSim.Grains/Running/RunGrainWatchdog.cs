using Microsoft.Extensions.DependencyInjection;

namespace JcmSim.Grains.Running;

/// <summary>
/// Watches the silo of a run grain from the client's side and cancels the run's stream once that
/// silo has left the cluster, so the client resumes under a new run grain as soon as the membership
/// knows the silo is dead. Without it, a stream whose run grain died with its silo is only given up
/// after the client's response timeout (30 s by default), because the request was already sent.
/// </summary>
internal sealed class RunGrainWatchdog : IAsyncDisposable
{
    /// <summary>How often the run grain's silo is checked.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    // A management call that takes longer says nothing: the next period asks again.
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private volatile bool _fired;

    private RunGrainWatchdog(IGrainFactory grains, IRunGrain run, CancellationTokenSource lost)
    {
        _watching = WatchAsync(grains, run, lost, _stop.Token);
    }

    /// <summary>True once the watchdog has cancelled the stream because the run grain's silo left.</summary>
    public bool Fired => _fired;

    /// <summary>Starts watching <paramref name="run"/>; cancels <paramref name="lost"/> when its silo is no longer active.</summary>
    public static RunGrainWatchdog Start(IGrainFactory grains, IRunGrain run, CancellationTokenSource lost) => new(grains, run, lost);

    /// <summary>Stops watching.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _watching;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting: the normal end.
        }

        _stop.Dispose();
    }

    private async Task WatchAsync(IGrainFactory grains, IRunGrain run, CancellationTokenSource lost, CancellationToken stop)
    {
        var management = grains.GetGrain<IManagementGrain>(0);

        // A cluster client reads the membership table itself (from Redis): no silo stands between,
        // least of all the dead one, whose grains (the management grain too) the client would
        // still call until its own response timeout.
        var table = (grains as IClusterClient)?.ServiceProvider.GetService<IMembershipTable>();
        SiloAddress? home = null;
        while (true)
        {
            await Task.Delay(Period, stop);
            try
            {
                // Where the run grain lives does not change; it is asked for while every silo is up.
                home ??= await management.GetActivationAddress(run).AsTask().WaitAsync(CallTimeout, stop);
                if (home is not null && !await IsActiveAsync(home, table, management, stop))
                {
                    _fired = true;
                    await lost.CancelAsync();
                    return;
                }
            }
            catch (Exception exception) when (exception is OrleansException or TimeoutException && !stop.IsCancellationRequested)
            {
                // The cluster could not answer now (e.g. the gateway just died): ask again next period.
            }
        }
    }

    private static async Task<bool> IsActiveAsync(SiloAddress silo, IMembershipTable? table, IManagementGrain management, CancellationToken stop)
    {
        if (table is not null)
        {
            try
            {
                var members = await table.ReadAllAsync(stop).WaitAsync(CallTimeout, stop);
                return members.Members.Any(m => m.Item1.SiloAddress.Equals(silo) && m.Item1.Status == SiloStatus.Active);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A table that is itself served by a silo (test clusters) may be unreachable: ask the cluster below.
            }
        }

        return (await management.GetHosts(onlyActive: true).WaitAsync(CallTimeout, stop)).ContainsKey(silo);
    }
}
