using JcmSim.Grains.Blocks;
using JcmSim.Model.Countries;

namespace JcmSim.Grains.Countries;

/// <summary>
/// A partner or candidate country for all trials of one block (wraps <see cref="CountryActor"/>).
/// One call per year advances every trial of the block.
/// </summary>
[Alias("jcm.country")]
public interface ICountryGrain : IGrainWithStringKey
{
    /// <summary>Creates the country's state for the block's trials.</summary>
    /// <param name="setup">Scenario, seed and trials of the block.</param>
    /// <param name="countryIndex">Position of the country in the compiled scenario.</param>
    [Alias("initialize")]
    ValueTask InitializeAsync(BlockSetup setup, int countryIndex);

    /// <summary>Advances one fiscal year (see <see cref="CountryActor.Step"/>).</summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="joinedNow">
    /// For a candidate, which trials it joins this year; null when none. Read during the call only,
    /// so it is passed without a copy.
    /// </param>
    /// <param name="rateFactor">Per trial and sector, the factor on the country's opportunity rates this year; read during the call only.</param>
    [Alias("step")]
    ValueTask<CountryYearOutcome> StepAsync(int year, [Immutable] bool[]? joinedNow, [Immutable] double[] rateFactor);

    /// <summary>Drops the state and deactivates: the block is over.</summary>
    [Alias("release")]
    ValueTask ReleaseAsync();
}
