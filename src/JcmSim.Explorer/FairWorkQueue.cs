using System.Threading.Channels;

namespace JcmSim.Explorer;

/// <summary>
/// The work queue every browser session shares: a bounded first-in, first-out queue of waves
/// (a few hundred to a few thousand trials each) served by a fixed number of workers. An estimate
/// queues its next wave only when the last one is done, so each session has at most one wave
/// waiting and sessions take turns wave by wave: one session's long estimate never starves
/// another's first update. Work whose session has moved on is skipped without running.
/// </summary>
internal sealed class FairWorkQueue : IAsyncDisposable
{
    private readonly Channel<Item> _queue;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _workers;

    /// <summary>Starts <paramref name="workers"/> workers over a queue of at most <paramref name="capacity"/> waiting waves.</summary>
    public FairWorkQueue(int workers, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _queue = Channel.CreateBounded<Item>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait });
        _workers = [.. Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync))];
    }

    /// <summary>Waves that may wait at once; a request beyond them is refused (503).</summary>
    public int Capacity { get; }

    /// <summary>Runs <paramref name="work"/> when its turn comes; returns when it has run.</summary>
    /// <exception cref="RequestProblems">The queue is full (503).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before or while the work ran.</exception>
    public async Task RunAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var item = new Item(work, cancellationToken);
        if (!_queue.Writer.TryWrite(item))
        {
            throw new RequestProblems($"server: busy, {Capacity} estimates are waiting (allowed: try again in a moment)", 503);
        }

        using (cancellationToken.Register(() => item.Done.TrySetCanceled(cancellationToken)))
        {
            await item.Done.Task.ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_workers).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task WorkAsync()
    {
        try
        {
            await foreach (var item in _queue.Reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
            {
                if (item.Cancellation.IsCancellationRequested)
                {
                    item.Done.TrySetCanceled(item.Cancellation);
                    continue;
                }

                try
                {
                    await item.Work(item.Cancellation).ConfigureAwait(false);
                    item.Done.TrySetResult();
                }
                catch (OperationCanceledException) when (item.Cancellation.IsCancellationRequested)
                {
                    item.Done.TrySetCanceled(item.Cancellation);
                }
                catch (Exception failure)
                {
                    item.Done.TrySetException(failure);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The server is stopping; waiting requests are cancelled by their own tokens.
        }
    }

    private sealed record Item(Func<CancellationToken, Task> Work, CancellationToken Cancellation)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
