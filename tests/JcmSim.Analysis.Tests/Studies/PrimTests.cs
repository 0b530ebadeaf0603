using JcmSim.Analysis.Studies;
using JcmSim.Model.Randomness;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Tests.Studies;

public sealed class PrimTests
{
    [Fact]
    public void Finds_a_known_box_under_label_noise()
    {
        // x uniform on [0,1]³; interesting iff x1 > 0.7 and x2 < 0.4, each label flipped with probability 0.05.
        var (inputs, interesting) = Synthetic(3000, seed: 17);

        var result = Prim.Peel(inputs, interesting, new PrimOptions());
        var box = result.Chosen;

        var x1 = Assert.Single(box.Limits, l => l.Input == 0);
        var x2 = Assert.Single(box.Limits, l => l.Input == 1);
        Assert.True(x1.RestrictsLow && !x1.RestrictsHigh);
        Assert.True(x2.RestrictsHigh && !x2.RestrictsLow);
        Assert.Equal(0.7, x1.Low, 0.05);
        Assert.Equal(0.4, x2.High, 0.05);
        Assert.DoesNotContain(box.Limits, l => l.Input == 2);
        // True box: density 0.95, coverage 0.95·0.12/(0.95·0.12 + 0.05·0.88) ≈ 0.72.
        Assert.InRange(box.Density, 0.88, 1.0);
        Assert.InRange(box.Coverage, 0.6, 0.85);
    }

    [Fact]
    public void Coverage_density_and_support_of_every_box_match_a_recount()
    {
        var (inputs, interesting) = Synthetic(1000, seed: 4);

        var result = Prim.Peel(inputs, interesting, new PrimOptions(PeelAlpha: 0.1));

        var total = interesting.Count(f => f);
        Assert.Equal(total / 1000.0, result.BaseDensity);
        Assert.Empty(result.Trajectory[0].Limits);
        Assert.Equal(1.0, result.Trajectory[0].Coverage);
        for (var m = 0; m < result.Trajectory.Count; m++)
        {
            var box = result.Trajectory[m];
            var inside = Enumerable.Range(0, inputs.Length).Where(i => box.Limits.All(l => inputs[i][l.Input] >= l.Low && inputs[i][l.Input] <= l.High)).ToArray();
            var hits = inside.Count(i => interesting[i]);
            Assert.Equal(inside.Length, box.Count);
            Assert.Equal(hits, box.InterestingCount);
            Assert.Equal(hits / (double)total, box.Coverage, 1e-12);
            Assert.Equal(hits / (double)inside.Length, box.Density, 1e-12);
            Assert.Equal(inside.Length / 1000.0, box.Support, 1e-12);
            if (m > 0)
            {
                Assert.True(box.Count < result.Trajectory[m - 1].Count);
            }
        }

        Assert.True(result.Trajectory[^1].Support >= 0.05);
        Assert.True(result.Chosen.Coverage >= 0.5);
    }

    [Fact]
    public void Describes_the_box_in_english_and_japanese()
    {
        var box = new PrimBox(
            [new PrimLimit(0, 0.7, 1.0, RestrictsLow: true, RestrictsHigh: false), new PrimLimit(2, 0.0, 0.4, false, true), new PrimLimit(3, 2, 5, true, true)],
            Coverage: 0.72, Density: 0.951, Support: 0.1, Count: 100, InterestingCount: 95);
        LocalizedText[] names = [new("Credit price", "クレジット価格"), new("Unused"), new("Partners per year", "年間新規パートナー数"), new("Budget")];

        var text = Prim.Describe(box, names, new LocalizedText("The 2030 target is missed", "2030年目標が未達となる"));

        Assert.Equal("The 2030 target is missed mostly when Credit price ≥ 0.7 and Partners per year ≤ 0.4 and 2 ≤ Budget ≤ 5 (coverage 72%, density 95%).", text.En);
        Assert.Equal("2030年目標が未達となるのは、主にクレジット価格が0.7以上、かつ年間新規パートナー数が0.4以下、かつBudgetが2以上5以下の場合です（カバレッジ72%、密度95%）。", text.Ja);
    }

    [Fact]
    public void Peels_whole_levels_of_a_grid_design()
    {
        // 4 × 4 grid: the cases of interest are exactly the lowest level of input 0. Each level is a
        // tie group of 4 cases, more than PeelAlpha of 16, so only whole-group peeling can find it.
        var inputs = Designs.Grid(2, 4);
        var interesting = inputs.Select(x => x[0] == 0).ToArray();

        var result = Prim.Peel(inputs, interesting, new PrimOptions());

        var limit = Assert.Single(result.Chosen.Limits);
        Assert.Equal(0, limit.Input);
        Assert.True(limit.RestrictsHigh && !limit.RestrictsLow);
        Assert.Equal(0.0, limit.High);
        Assert.Equal((1.0, 1.0, 4), (result.Chosen.Coverage, result.Chosen.Density, result.Chosen.Count));
    }

    [Fact]
    public void Rejects_data_without_interesting_cases()
    {
        var thrown = Assert.Throws<ArgumentException>(() => Prim.Peel([[0.1], [0.2]], [false, false], new PrimOptions()));

        Assert.Contains("No case is of interest", thrown.Message);
    }

    private static (double[][] Inputs, bool[] Interesting) Synthetic(int n, ulong seed)
    {
        var inputs = new double[n][];
        var interesting = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var stream = new RandomStream(StreamKey.For(seed, StableHash.Of("prim-test"), 0, RandomPurpose.Parameter), i);
            inputs[i] = [stream.NextUniform(), stream.NextUniform(), stream.NextUniform()];
            var inBox = inputs[i][0] > 0.7 && inputs[i][1] < 0.4;
            interesting[i] = stream.NextUniform() < 0.05 ? !inBox : inBox;
        }

        return (inputs, interesting);
    }
}
