using JcmSim.Grains.Blocks;
using JcmSim.Grains.Scenarios;
using Orleans.Concurrency;
using JcmSim.Model.Projects;
using Orleans.Placement;

namespace JcmSim.Grains.Projects;

/// <summary>Holds a <see cref="ProjectPortfolioActor"/> for the block's trials, on the silo of its block grain.</summary>
[PreferLocalPlacement]
[CollectionAgeLimit(Minutes = 2)]
internal sealed class ProjectPortfolioGrain(CompiledScenarioCache scenarios) : Grain, IProjectPortfolioGrain
{
    private ProjectPortfolioActor? _actor;

    /// <inheritdoc />
    public ValueTask InitializeAsync(BlockSetup setup)
    {
        var scenario = scenarios.Get(setup.Scenario);
        _actor = new ProjectPortfolioActor(scenario, setup.Seed, setup.FirstTrial, setup.Count);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask StepAsync(PortfolioYearInput input)
    {
        ActorState.Require(_actor, this).Step(input);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<Immutable<double[][]>> FinishAsync()
    {
        var totals = ActorState.Require(_actor, this).Finish();
        _actor = null;
        DeactivateOnIdle();
        return ValueTask.FromResult(totals.AsImmutable());
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync()
    {
        _actor = null;
        DeactivateOnIdle();
        return ValueTask.CompletedTask;
    }
}
