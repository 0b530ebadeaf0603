namespace JcmSim.Model.Randomness;

/// <summary>
/// The trial-independent part of a random stream's identity: seed, entity, year and purpose,
/// hashed once so that a loop over the trials of a block only adds the trial number.
/// </summary>
public readonly record struct StreamKey(ulong Key, uint YearPurpose)
{
    /// <summary>Builds the key of (<paramref name="seed"/>, <paramref name="entity"/>, <paramref name="year"/>, <paramref name="purpose"/>).</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="entity">A stable entity key, from <see cref="StableHash.Of"/> of a name such as "country:TH".</param>
    /// <param name="year">The fiscal year, or 0 for draws made once per trial.</param>
    /// <param name="purpose">What the numbers are for.</param>
    public static StreamKey For(ulong seed, ulong entity, int year, RandomPurpose purpose)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 0xFFFFF);
        return new StreamKey(StableHash.Combine(StableHash.Mix(seed), entity), ((uint)year << 12) | (uint)purpose);
    }
}
