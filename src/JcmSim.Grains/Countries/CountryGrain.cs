using JcmSim.Grains.Blocks;
using JcmSim.Grains.Scenarios;
using JcmSim.Model.Countries;
using Orleans.Placement;

namespace JcmSim.Grains.Countries;

/// <summary>
/// Holds a <see cref="CountryActor"/> (struct-of-arrays over the block's trials). Placed on the
/// silo of the block grain that activates it, so the yearly calls stay in-process.
/// </summary>
[PreferLocalPlacement]
[CollectionAgeLimit(Minutes = 2)]
internal sealed class CountryGrain(CompiledScenarioCache scenarios) : Grain, ICountryGrain
{
    private CountryActor? _actor;

    /// <inheritdoc />
    public ValueTask InitializeAsync(BlockSetup setup, int countryIndex)
    {
        var scenario = scenarios.Get(setup.Scenario);
        _actor = new CountryActor(scenario, countryIndex, setup.Seed, setup.FirstTrial, setup.Count);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<CountryYearOutcome> StepAsync(int year, bool[]? joinedNow, double[] rateFactor) =>
        ValueTask.FromResult(ActorState.Require(_actor, this).Step(year, joinedNow, rateFactor));

    /// <inheritdoc />
    public ValueTask ReleaseAsync()
    {
        _actor = null;
        DeactivateOnIdle();
        return ValueTask.CompletedTask;
    }
}
