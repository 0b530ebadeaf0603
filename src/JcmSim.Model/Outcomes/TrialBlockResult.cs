using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Outcomes;

/// <summary>
/// The outcome of the trials <see cref="FirstTrial"/> … <see cref="FirstTrial"/> + <see cref="Count"/> − 1
/// of one scenario, as struct-of-arrays. Scalars are indexed [target][trial − FirstTrial];
/// annual series [series][yearIndex × Count + (trial − FirstTrial)], years from <see cref="FirstYear"/>.
/// </summary>
public sealed class TrialBlockResult
{
    /// <summary>Creates an empty result for <paramref name="count"/> trials whose targets are tested against <paramref name="tested"/>.</summary>
    public TrialBlockResult(int firstTrial, int count, int targets, int firstYear, int years, int series, TargetReading tested = TargetReading.RealisedReductions)
        : this(firstTrial, count, targets, firstYear, years, NewJagged<double>(series, years * count), tested)
    {
    }

    /// <summary>Creates a result around existing annual series arrays (each of length <paramref name="years"/> × <paramref name="count"/>), without copying them.</summary>
    public TrialBlockResult(int firstTrial, int count, int targets, int firstYear, int years, double[][] annual, TargetReading tested = TargetReading.RealisedReductions)
    {
        if (!Enum.IsDefined(tested))
        {
            throw new ArgumentOutOfRangeException(nameof(tested), tested, "Unknown reading of the target.");
        }

        ArgumentNullException.ThrowIfNull(annual);
        if (annual.Any(series => series.Length != years * count))
        {
            throw new ArgumentException($"Every annual series must hold {years} × {count} values.", nameof(annual));
        }

        FirstTrial = firstTrial;
        Count = count;
        FirstYear = firstYear;
        Years = years;
        TestedReading = tested;
        ReadingsMt = Enum.GetValues<TargetReading>().Select(_ => NewJagged<double>(targets, count)).ToArray();
        FirstYearMet = NewJagged<int>(targets, count);
        ProjectsFunded = new int[count];
        PartnersActive = new int[count];
        Annual = annual;
    }

    /// <summary>Global index of the first trial.</summary>
    public int FirstTrial { get; }

    /// <summary>Number of trials.</summary>
    public int Count { get; }

    /// <summary>First fiscal year of the annual series (the earlier of the accounting start and the first simulated year).</summary>
    public int FirstYear { get; }

    /// <summary>Number of years in the annual series.</summary>
    public int Years { get; }

    /// <summary>The reading the targets are tested against: <see cref="CumulativeMt"/> and <see cref="FirstYearMet"/> are of this reading.</summary>
    public TargetReading TestedReading { get; }

    /// <summary>Every reading of the cumulative from the accounting start to each target year, MtCO2: [(int)reading][target][trial offset].</summary>
    public double[][][] ReadingsMt { get; }

    /// <summary>The cumulative the targets are tested against (the <see cref="TestedReading"/> of <see cref="ReadingsMt"/>) to each target year, MtCO2.</summary>
    public double[][] CumulativeMt => ReadingsMt[(int)TestedReading];

    /// <summary>Cumulative credits transferred to Japan (ITMOs) to each target year, MtCO2.</summary>
    public double[][] JapanItmoMt => ReadingsMt[(int)TargetReading.JapanItmos];

    /// <summary>Cumulative of one reading to each target year, MtCO2.</summary>
    public double[][] Reading(TargetReading reading) => ReadingsMt[(int)reading];

    /// <summary>First fiscal year the tested cumulative reached each target's threshold; 0 when never within the horizon.</summary>
    public int[][] FirstYearMet { get; }

    /// <summary>Projects funded during the simulated years.</summary>
    public int[] ProjectsFunded { get; }

    /// <summary>Partner countries with an agreement in force in the last simulated year.</summary>
    public int[] PartnersActive { get; }

    /// <summary>Annual series values, see the class summary for the layout.</summary>
    public double[][] Annual { get; }

    /// <summary>Index into a series array for a year index and a trial offset.</summary>
    public int At(int yearIndex, int trialOffset) => (yearIndex * Count) + trialOffset;

    private static T[][] NewJagged<T>(int rows, int columns)
    {
        var result = new T[rows][];
        for (var i = 0; i < rows; i++)
        {
            result[i] = new T[columns];
        }

        return result;
    }
}
