using FsCheck.Xunit;
using JcmSim.Model.Credits;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Tests.Simulation;

public sealed class CreditConservationProperties
{
    [Property(MaxTest = 25)]
    public void Credits_issued_equal_japan_plus_host_plus_cancelled_every_year(int seed, byte policy, byte omgePercent)
    {
        var allocation = (AllocationPolicyKind)(policy % 3);
        var scenario = TestScenarios.Rich(allocation, omge: (omgePercent % 101) / 100.0);

        foreach (var block in SimulationRunner.Run(scenario, (ulong)(uint)seed, 12, 5))
        {
            var issued = block.Annual[SeriesLayout.CreditsIssued];
            var japan = block.Annual[SeriesLayout.CreditsJapan];
            var host = block.Annual[SeriesLayout.CreditsHost];
            var cancelled = block.Annual[SeriesLayout.CreditsCancelled];
            for (var i = 0; i < issued.Length; i++)
            {
                Assert.True(japan[i] >= 0 && host[i] >= -1e-15 && cancelled[i] >= 0);
                Assert.Equal(issued[i], japan[i] + host[i] + cancelled[i], 1e-9 * Math.Max(1, issued[i]));
            }
        }
    }

    [Property(MaxTest = 25)]
    public void Cumulative_reductions_never_decrease(int seed)
    {
        foreach (var block in SimulationRunner.Run(TestScenarios.Rich(), (ulong)(uint)seed, 6, 6))
        {
            var cumulative = block.Annual[SeriesLayout.ReductionsCumulative];
            for (var t = 0; t < block.Count; t++)
            {
                for (var y = 1; y < block.Years; y++)
                {
                    Assert.True(cumulative[block.At(y, t)] >= cumulative[block.At(y - 1, t)]);
                }
            }
        }
    }
}
