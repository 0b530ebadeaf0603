using JcmSim.Model.Distributions;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>Extensions of an agreement that add no years end (the chain of extensions is drawn when a country joins).</summary>
public sealed class AgreementExtensionTests
{
    [Fact]
    public async Task An_extension_of_no_years_always_granted_does_not_loop_forever()
    {
        // IDN's and KEN's agreements end in 2030, every extension is granted and adds nothing: each
        // decision is keyed by the same expiry year, so without a stop the chain would never end.
        var rich = TestScenarios.Rich();
        var scenario = rich with { Agreements = rich.Agreements with { ExtensionProbability = Distribution.Fixed(1), ExtensionYears = 0 } };

        var run = Task.Run(() => SimulationRunner.Run(scenario, 3, trials: 8, blockSize: 8));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1))) == run;

        Assert.True(finished, "the run did not end within a minute");
        Assert.Equal(8, (await run).Sum(b => b.Count));
    }
}
