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

    [Property(MaxTest = 15)]
    public void Breakdowns_by_channel_sector_region_and_country_each_add_up_to_the_total(int seed)
    {
        var compiled = new CompiledScenario(TestScenarios.Rich());
        var layout = compiled.Series;
        foreach (var block in SimulationRunner.Run(TestScenarios.Rich(), (ulong)(uint)seed, 8, 8))
        {
            var total = block.Annual[SeriesLayout.Reductions];
            var projects = block.Annual[SeriesLayout.ProjectsFunded];
            for (var i = 0; i < total.Length; i++)
            {
                Assert.Equal(total[i], Sum(block.Annual, layout.ChannelOffset, compiled.Channels.Count, i), 1e-9);
                Assert.Equal(total[i], Sum(block.Annual, layout.SectorOffset, compiled.Sectors.Count, i), 1e-9);
                Assert.Equal(total[i], Sum(block.Annual, layout.RegionOffset, compiled.Regions.Count, i), 1e-9);
                Assert.Equal(total[i], Sum(block.Annual, layout.CountryOffset, compiled.Countries.Count, i), 1e-9);
                Assert.Equal(projects[i], Sum(block.Annual, layout.ChannelProjectsOffset, compiled.Channels.Count, i));
            }
        }
    }

    private static double Sum(double[][] annual, int offset, int count, int at)
    {
        var sum = 0.0;
        for (var k = 0; k < count; k++)
        {
            sum += annual[offset + k][at];
        }

        return sum;
    }
}
