namespace JcmSim.Runs.Engines;

/// <summary>
/// Engines kept open between runs, one per <see cref="EngineChoice"/>: an embedded silo starts once
/// and serves every later run, as a notebook kernel or the explorer keeps its state between requests.
/// Engines from the pool are the pool's: callers run on them and never dispose them.
/// </summary>
public sealed class EnginePool : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    // Keyed by the choice's text: a cluster address compares by reference.
    private readonly Dictionary<string, ISimulationEngine> _open = new(StringComparer.Ordinal);

    /// <summary>The open engine of <paramref name="choice"/>, started or connected on first use.</summary>
    public async Task<ISimulationEngine> GetAsync(EngineChoice choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_open.TryGetValue(Key(choice), out var engine))
            {
                engine = await choice.OpenAsync(cancellationToken).ConfigureAwait(false);
                _open.Add(Key(choice), engine);
            }

            return engine;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops every open engine; later calls of <see cref="GetAsync"/> start them again.</summary>
    public async Task CloseAllAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            foreach (var engine in _open.Values)
            {
                await engine.DisposeAsync().ConfigureAwait(false);
            }

            _open.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await CloseAllAsync().ConfigureAwait(false);

    private static string Key(EngineChoice choice) => $"{choice} ×{choice.MaxParallelBlocks}";
}
