namespace JcmSim.Grains.Blocks;

/// <summary>Guards the yearly calls of the block's actor grains.</summary>
internal static class ActorState
{
    /// <summary>
    /// Returns <paramref name="actor"/>, or fails when the grain holds none. That happens when an
    /// actor grain was reactivated (its silo failed) after its block initialised it: failing the
    /// call fails the block attempt, which is then retried with fresh grains.
    /// </summary>
    public static T Require<T>(T? actor, Grain grain)
        where T : class =>
        actor ?? throw new InvalidOperationException(
            $"Grain {grain.GetGrainId()} has no state: it was not initialised or was reactivated after a failure.");
}
