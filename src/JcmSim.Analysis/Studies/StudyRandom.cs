using JcmSim.Model.Randomness;

namespace JcmSim.Analysis.Studies;

/// <summary>
/// Philox streams for the study designs and bootstraps. Each use is keyed by its own name, so the
/// LHS permutations, the Sobol' shift and a bootstrap never share numbers even under one seed.
/// </summary>
internal static class StudyRandom
{
    /// <summary>The stream number <paramref name="index"/> of (<paramref name="seed"/>, <paramref name="purpose"/>).</summary>
    public static RandomStream Stream(ulong seed, string purpose, int index) =>
        new(new StreamKey(StableHash.Combine(StableHash.Mix(seed), StableHash.Of("study:" + purpose)), 0), index);

    /// <summary>A uniform integer in [0, <paramref name="count"/>), by Lemire-free floor scaling of 53 random bits (bias below 2⁻³⁰ for the sizes used here).</summary>
    public static int NextIndex(ref RandomStream stream, int count) => Math.Min((int)(stream.NextUniform() * count), count - 1);

    /// <summary>Shuffles <paramref name="values"/> in place (Fisher–Yates).</summary>
    public static void Shuffle(ref RandomStream stream, Span<int> values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = NextIndex(ref stream, i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
