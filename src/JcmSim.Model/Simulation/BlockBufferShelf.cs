using System.Diagnostics;
using System.Runtime.InteropServices;

namespace JcmSim.Model.Simulation;

/// <summary>
/// Buffers a finished trial block leaves for the next block to reuse. A block's backlog grows year by year to
/// megabytes of large arrays (~13 MB for 128 baseline trials), and allocating them again for every block cost
/// ~3% of the model's time in collections and fresh pages (the limit benchmark's allocation per trial-year
/// fell from 24.9 to 11.0 KB with this shelf).
/// </summary>
/// <remarks>
/// At most <see cref="Capacity"/> holders are kept, about the blocks a process runs at once. A holder nobody
/// took for the shelf's idle time (10 s for the backlog's) is dropped when the collector next sweeps the oldest
/// generation, as the runtime's own array pools do, so a long-lived process (explorer, silo) gives the memory
/// back after its runs.
/// </remarks>
/// <typeparam name="T">The buffers' holder.</typeparam>
internal sealed class BlockBufferShelf<T>
    where T : class
{
    private readonly TimeSpan _idle;
    private readonly Lock _lock = new();
    private readonly List<(T Holder, long KeptAt)> _kept = [];

    /// <summary>Creates an empty shelf that drops a holder idle for <paramref name="idle"/> at the next full collection.</summary>
    public BlockBufferShelf(TimeSpan idle)
    {
        _idle = idle;
        _ = new Sweeper(this);
    }

    /// <summary>At most this many holders are kept: twice the cores, the blocks the engines run at once by default.</summary>
    public static int Capacity { get; } = 2 * Environment.ProcessorCount;

    /// <summary>Takes a kept holder that <paramref name="fits"/>, or returns null.</summary>
    public T? TryTake(Func<T, bool> fits)
    {
        lock (_lock)
        {
            for (var i = _kept.Count - 1; i >= 0; i--)
            {
                if (fits(_kept[i].Holder))
                {
                    var holder = _kept[i].Holder;
                    _kept.RemoveAt(i);
                    return holder;
                }
            }

            return null;
        }
    }

    /// <summary>Keeps <paramref name="holder"/> for a later block; whoever puts it must not use it afterwards.</summary>
    public void Put(T holder)
    {
        lock (_lock)
        {
            if (_kept.Count == Capacity)
            {
                _kept.RemoveAt(0);
            }

            _kept.Add((holder, Stopwatch.GetTimestamp()));
        }
    }

    /// <summary>How many holders are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _kept.Count;
            }
        }
    }

    private void DropIdle()
    {
        lock (_lock)
        {
            _kept.RemoveAll(k => Stopwatch.GetElapsedTime(k.KeptAt) >= _idle);
        }
    }

    // Never reachable, so finalized after every collection of the generation it lives in (the oldest, once it
    // has survived two), and registered again each time: the shelf's signal to drop what has been idle. It holds
    // the shelf by a weak handle (a WeakReference would be finalized beside it), so a shelf nobody uses any more is
    // collected and its sweeper stops.
    private sealed class Sweeper
    {
        private GCHandle _shelf;

        public Sweeper(BlockBufferShelf<T> shelf)
        {
            _shelf = GCHandle.Alloc(shelf, GCHandleType.Weak);
        }

        ~Sweeper()
        {
            if (_shelf.Target is BlockBufferShelf<T> shelf && !Environment.HasShutdownStarted)
            {
                shelf.DropIdle();
                GC.ReRegisterForFinalize(this);
            }
            else
            {
                _shelf.Free();
            }
        }
    }
}
