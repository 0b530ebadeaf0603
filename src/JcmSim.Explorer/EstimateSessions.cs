using System.Collections.Concurrent;

namespace JcmSim.Explorer;

/// <summary>
/// The estimate each browser session is running: a new request of a session cancels the one before
/// (the planner moved the lever again), so stale work never occupies the queue.
/// </summary>
internal sealed class EstimateSessions(int maxSessions)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Starts an estimate of <paramref name="session"/>, cancelling its previous one; dispose the lease when done.</summary>
    /// <exception cref="RequestProblems">Too many sessions are estimating at once (503).</exception>
    public Lease Begin(string session, CancellationToken requestAborted)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        lock (_gate)
        {
            if (_running.TryGetValue(session, out var previous))
            {
                previous.Cancel();
            }
            else if (_running.Count >= maxSessions)
            {
                source.Dispose();
                throw new RequestProblems($"server: busy, {maxSessions} sessions are estimating (allowed: try again in a moment)", 503);
            }

            _running[session] = source;
        }

        return new Lease(this, session, source);
    }

    private void End(string session, CancellationTokenSource source)
    {
        lock (_gate)
        {
            if (_running.TryGetValue(session, out var current) && ReferenceEquals(current, source))
            {
                _running.TryRemove(session, out _);
            }
        }

        source.Dispose();
    }

    /// <summary>One running estimate of a session.</summary>
    internal sealed class Lease(EstimateSessions owner, string session, CancellationTokenSource source) : IDisposable
    {
        /// <summary>Cancelled when the session asks again or the browser goes away.</summary>
        public CancellationToken Token { get; } = source.Token;

        /// <inheritdoc />
        public void Dispose() => owner.End(session, source);
    }
}
