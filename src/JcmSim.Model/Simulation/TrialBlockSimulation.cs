using JcmSim.Model.Outcomes;

namespace JcmSim.Model.Simulation;

/// <summary>
/// The yearly loop of one trial block (MODEL.md §Order of a year): partner expansion, countries,
/// finance channels in order, portfolio; then the per-trial totals. It only talks to the actors
/// through <see cref="IBlockActors"/>, so the same code runs in-process and on Orleans grains.
/// </summary>
/// <remarks>
/// A year's messages (outcomes, the opportunity book, decisions, funded projects) live in arrays
/// their producers reuse from year to year: each is read only within its year, so a block's years
/// allocate nothing in proportion to its trials once the arrays have grown to the block's needs.
/// </remarks>
public static class TrialBlockSimulation
{
    /// <summary>Simulates trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1 of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The compiled scenario.</param>
    /// <param name="seed">Seed of the counter-based random numbers.</param>
    /// <param name="firstTrial">First trial of the block.</param>
    /// <param name="count">Trials in the block.</param>
    /// <param name="actors">The block's actors, in process or on grains.</param>
    /// <param name="cancellationToken">Observed before every year, so a stopped run leaves a block within a year's work.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<TrialBlockResult> RunAsync(CompiledScenario scenario, ulong seed, int firstTrial, int count, IBlockActors actors, CancellationToken cancellationToken = default)
    {
        var run = new TrialBlockRun(scenario, seed, firstTrial, count, actors);
        for (var year = scenario.FirstYear; year <= scenario.LastYear; year++)
        {
            // A block takes seconds to minutes; a year is the finest step that costs nothing to check.
            cancellationToken.ThrowIfCancellationRequested();
            await run.StepYearAsync(year);
        }

        return await run.FinishAsync();
    }
}
