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
    public static async ValueTask<TrialBlockResult> RunAsync(CompiledScenario scenario, ulong seed, int firstTrial, int count, IBlockActors actors)
    {
        var run = new TrialBlockRun(scenario, seed, firstTrial, count, actors);
        for (var year = scenario.FirstYear; year <= scenario.LastYear; year++)
        {
            await run.StepYearAsync(year);
        }

        return await run.FinishAsync();
    }
}
