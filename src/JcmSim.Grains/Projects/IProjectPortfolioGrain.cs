using JcmSim.Grains.Blocks;
using JcmSim.Model.Projects;
using Orleans.Concurrency;

namespace JcmSim.Grains.Projects;

/// <summary>
/// The project vintages of one block (wraps <see cref="ProjectPortfolioActor"/>): funded projects
/// are registered once a year and their whole future written into the yearly totals.
/// </summary>
[Alias("jcm.project-portfolio")]
public interface IProjectPortfolioGrain : IGrainWithStringKey
{
    /// <summary>Creates the portfolio's state for the block's trials.</summary>
    [Alias("initialize")]
    ValueTask InitializeAsync(BlockSetup setup);

    /// <summary>Registers the year's funded projects (see <see cref="ProjectPortfolioActor.Step"/>).</summary>
    [Alias("step")]
    ValueTask StepAsync(PortfolioYearInput input);

    /// <summary>
    /// Returns the yearly totals ([series][yearIndex × count + trial offset]) and deactivates. The
    /// totals are handed over without a copy: the portfolio never touches them again.
    /// </summary>
    [Alias("finish")]
    ValueTask<Immutable<double[][]>> FinishAsync();

    /// <summary>Drops the state and deactivates (when the block ends without finishing).</summary>
    [Alias("release")]
    ValueTask ReleaseAsync();
}
