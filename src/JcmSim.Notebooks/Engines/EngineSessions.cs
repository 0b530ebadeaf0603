using JcmSim.Analysis.Results;

namespace JcmSim.Notebooks.Engines;

/// <summary>
/// The engines a notebook session has opened, one per kind (and cluster): an embedded silo starts
/// once and serves every later run, as a kernel keeps its state between cells.
/// </summary>
internal static class EngineSessions
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<string, EngineSession> Open = new(StringComparer.Ordinal);

    public static async Task<EngineSession> OpenAsync(JcmEngine engine, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var key = engine.ToString();
            if (!Open.TryGetValue(key, out var session))
            {
                session = engine.Mode switch
                {
                    RunMode.InProcess => new InProcessSession(),
                    RunMode.Embedded => await OrleansSession.StartEmbeddedAsync(cancellationToken).ConfigureAwait(false),
                    _ => await OrleansSession.ConnectAsync(engine.Cluster!, cancellationToken).ConfigureAwait(false),
                };
                Open.Add(key, session);
            }

            return session;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task CloseAllAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            foreach (var session in Open.Values)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }

            Open.Clear();
        }
        finally
        {
            Gate.Release();
        }
    }
}
