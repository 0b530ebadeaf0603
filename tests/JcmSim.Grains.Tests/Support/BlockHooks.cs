using System.Collections.Concurrent;
using JcmSim.Grains.Blocks;

namespace JcmSim.Grains.Tests.Support;

/// <summary>What the scripted hook does to a block attempt.</summary>
internal enum BlockFault
{
    None,
    Throw,
    HangUntilCancelled,
}

/// <summary>
/// Shared by every silo of a test cluster: records each block attempt with the silo it ran on
/// and applies the current test's fault script. Tests of one collection run one at a time, so a
/// test sets the script and clears the log before its run.
/// </summary>
internal sealed class BlockHooks
{
    private readonly ConcurrentQueue<(string Silo, BlockRequest Request)> _attempts = new();
    private volatile Func<BlockRequest, BlockFault> _script = _ => BlockFault.None;
    private volatile TaskCompletionSource<(string Silo, BlockRequest Request)> _firstHang = NewSignal();

    public IReadOnlyList<(string Silo, BlockRequest Request)> Attempts => [.. _attempts];

    /// <summary>Completes when an attempt first hangs, with the silo it hangs on.</summary>
    public Task<(string Silo, BlockRequest Request)> FirstHang => _firstHang.Task;

    /// <summary>Clears the log and sets the fault script for the next run.</summary>
    public void Reset(Func<BlockRequest, BlockFault>? script = null)
    {
        _attempts.Clear();
        _firstHang = NewSignal();
        _script = script ?? (_ => BlockFault.None);
    }

    private static TaskCompletionSource<(string Silo, BlockRequest Request)> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The hook to register in the silo named <paramref name="silo"/>.</summary>
    public IBlockFaultInjector For(string silo) => new SiloHook(this, silo);

    private sealed class SiloHook(BlockHooks hooks, string silo) : IBlockFaultInjector
    {
        public async ValueTask BeforeBlockAsync(BlockRequest request, CancellationToken cancellationToken)
        {
            hooks._attempts.Enqueue((silo, request));
            switch (hooks._script(request))
            {
                case BlockFault.Throw:
                    throw new InvalidOperationException($"Injected fault: block {request.Block} attempt {request.Attempt}.");
                case BlockFault.HangUntilCancelled:
                    hooks._firstHang.TrySetResult((silo, request));
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    break;
            }
        }
    }
}
