using JcmSim.Grains.Hosting;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using Microsoft.Extensions.Options;

namespace JcmSim.Grains.Scenarios;

/// <summary>
/// The silo's compiled scenarios, keyed by the SHA-256 of their JSON. Every grain of every block
/// of a run asks for the same scenario: parsing and compiling it once per silo keeps that cost
/// out of the per-block path. Least recently used entries are dropped beyond
/// <see cref="JcmSimOptions.ScenarioCacheCapacity"/> so a long-lived cluster running sweeps stays bounded.
/// </summary>
internal sealed class CompiledScenarioCache(IOptions<JcmSimOptions> options)
{
    private readonly int _capacity = options.Value.ScenarioCacheCapacity;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>The compiled form of <paramref name="handle"/>, compiling it on first use in this silo.</summary>
    /// <exception cref="ArgumentException">The JSON does not match its hash.</exception>
    public CompiledScenario Get(ScenarioHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        Lazy<CompiledScenario> compiled;
        lock (_lock)
        {
            if (_entries.TryGetValue(handle.Sha256, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                compiled = node.Value.Compiled;
            }
            else
            {
                // Lazy so that concurrent first requests compile once, outside the lock.
                compiled = new Lazy<CompiledScenario>(() => Compile(handle), LazyThreadSafetyMode.ExecutionAndPublication);
                _entries.Add(handle.Sha256, _recency.AddFirst(new Entry(handle.Sha256, compiled)));
                while (_entries.Count > _capacity)
                {
                    var oldest = _recency.Last!;
                    _recency.RemoveLast();
                    _entries.Remove(oldest.Value.Sha256);
                }
            }
        }

        try
        {
            return compiled.Value;
        }
        catch
        {
            // A scenario that fails to compile must not poison the cache for a corrected retry.
            Forget(handle.Sha256, compiled);
            throw;
        }
    }

    private static CompiledScenario Compile(ScenarioHandle handle)
    {
        // The hash is the cache key: a handle whose JSON does not match it would make every later
        // user of that key run the wrong scenario, so check it once, on the way in.
        if (!string.Equals(ScenarioHandle.HashOf(handle.Json), handle.Sha256, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Scenario JSON does not match its SHA-256 {handle}.", nameof(handle));
        }

        return new CompiledScenario(ScenarioJson.Deserialize(handle.Json));
    }

    private void Forget(string sha256, Lazy<CompiledScenario> compiled)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(sha256, out var node) && ReferenceEquals(node.Value.Compiled, compiled))
            {
                _recency.Remove(node);
                _entries.Remove(sha256);
            }
        }
    }

    private sealed record Entry(string Sha256, Lazy<CompiledScenario> Compiled);
}
