using JcmSim.Model.Outcomes;

namespace JcmSim.Grains.Tests.Support;

/// <summary>Exact (bit-for-bit) comparisons of trial block results.</summary>
internal static class ResultAssert
{
    /// <summary>Same blocks, and in each block every array identical bit for bit.</summary>
    public static void SameBlocks(IReadOnlyList<TrialBlockResult> expected, IReadOnlyList<TrialBlockResult> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var b = 0; b < expected.Count; b++)
        {
            var e = expected[b];
            var a = actual[b];
            Assert.Equal(e.FirstTrial, a.FirstTrial);
            Assert.Equal(e.Count, a.Count);
            Assert.Equal(e.FirstYear, a.FirstYear);
            Assert.Equal(e.Years, a.Years);
            Assert.Equal(e.TestedReading, a.TestedReading);
            for (var r = 0; r < e.ReadingsMt.Length; r++)
            {
                SameRows(e.ReadingsMt[r], a.ReadingsMt[r], $"block {b} ReadingsMt[{r}]");
            }

            Assert.Equal(e.FirstYearMet, a.FirstYearMet);
            Assert.Equal(e.ProjectsFunded, a.ProjectsFunded);
            Assert.Equal(e.PartnersActive, a.PartnersActive);
            SameRows(e.Annual, a.Annual, $"block {b} Annual");
        }
    }

    /// <summary>The blocks cover trials 0 … trials − 1 in order, each exactly once.</summary>
    public static void ContiguousTrials(IReadOnlyList<TrialBlockResult> blocks, int trials)
    {
        var next = 0;
        foreach (var block in blocks)
        {
            Assert.Equal(next, block.FirstTrial);
            Assert.True(block.Count > 0);
            next += block.Count;
        }

        Assert.Equal(trials, next);
    }

    /// <summary>Every number of every trial in trial order, as bits: scalars, then each series by year.</summary>
    public static long[] PerTrialBits(IReadOnlyList<TrialBlockResult> blocks)
    {
        var values = new List<long>();
        foreach (var block in blocks)
        {
            for (var t = 0; t < block.Count; t++)
            {
                values.Add(block.FirstTrial + t);
                for (var g = 0; g < block.CumulativeMt.Length; g++)
                {
                    foreach (var reading in block.ReadingsMt)
                    {
                        values.Add(BitConverter.DoubleToInt64Bits(reading[g][t]));
                    }

                    values.Add(block.FirstYearMet[g][t]);
                }

                values.Add(block.ProjectsFunded[t]);
                values.Add(block.PartnersActive[t]);
                foreach (var series in block.Annual)
                {
                    for (var y = 0; y < block.Years; y++)
                    {
                        values.Add(BitConverter.DoubleToInt64Bits(series[block.At(y, t)]));
                    }
                }
            }
        }

        return [.. values];
    }

    private static void SameRows(double[][] expected, double[][] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            // Bit equality: stricter than == (tells 0.0 from −0.0) and NaN-safe.
            Assert.True(
                expected[i].Select(BitConverter.DoubleToInt64Bits).SequenceEqual(actual[i].Select(BitConverter.DoubleToInt64Bits)),
                $"{what}[{i}] differs");
        }
    }
}
