using JcmSim.Model.Distributions;

namespace JcmSim.Model.Randomness;

/// <summary>Draws of uncertain parameters made once per trial, keyed by entity and parameter ordinal.</summary>
public static class TrialDraws
{
    /// <summary>
    /// Fills <paramref name="destination"/>[i] with the draw of <paramref name="distribution"/> for trial
    /// <paramref name="firstTrial"/> + i. The ordinal tells apart the parameters of one entity; never reuse one.
    /// </summary>
    public static void Fill(Span<double> destination, Distribution distribution, ulong seed, ulong entity, int ordinal, int firstTrial)
    {
        if (distribution.IsFixed)
        {
            destination.Fill(distribution.Mean);
            return;
        }

        var key = StreamKey.For(seed, entity, 0, RandomPurpose.Parameter);
        for (var i = 0; i < destination.Length; i++)
        {
            var stream = new RandomStream(key, firstTrial + i, (uint)ordinal);
            destination[i] = distribution.Sample(ref stream);
        }
    }

    /// <summary>Allocates and fills an array of per-trial draws, see <see cref="Fill"/>.</summary>
    public static double[] For(int count, Distribution distribution, ulong seed, ulong entity, int ordinal, int firstTrial)
    {
        var values = new double[count];
        Fill(values, distribution, seed, entity, ordinal, firstTrial);
        return values;
    }
}
