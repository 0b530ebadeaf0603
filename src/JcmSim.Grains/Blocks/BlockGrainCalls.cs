namespace JcmSim.Grains.Blocks;

/// <summary>
/// Grain calls the block loops of this process have made to their actor grains (countries, channels,
/// portfolio), for <c>jcmsim bench</c>: Orleans' cost grows with this count, so the benchmark reports
/// it per block-year. A process-wide counter, read before and after a run.
/// </summary>
public static class BlockGrainCalls
{
    private static long _count;

    /// <summary>Calls made so far.</summary>
    public static long Count => Interlocked.Read(ref _count);

    internal static void Add(int calls) => Interlocked.Add(ref _count, calls);
}
