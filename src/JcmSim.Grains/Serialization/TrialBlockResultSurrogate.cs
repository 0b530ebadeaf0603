using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using Orleans.Serialization.Cloning;

namespace JcmSim.Grains.Serialization;

/// <summary>Wire form of <see cref="TrialBlockResult"/>.</summary>
[GenerateSerializer, Immutable, Alias("jcm.trial-block-result")]
internal struct TrialBlockResultSurrogate
{
    [Id(0)] public int FirstTrial;
    [Id(1)] public int Count;
    [Id(2)] public int FirstYear;
    [Id(3)] public int Years;
    // Ids 4 and 5 were the realised cumulative and Japan's ITMOs, now two of ReadingsMt.
    [Id(6)] public int[][] FirstYearMet;
    [Id(7)] public int[] ProjectsFunded;
    [Id(8)] public int[] PartnersActive;
    [Id(9)] public double[][] Annual;
    [Id(10)] public double[][][] ReadingsMt;
    [Id(11)] public TargetReading TestedReading;
}

/// <summary>Converts <see cref="TrialBlockResult"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class TrialBlockResultConverter : IConverter<TrialBlockResult, TrialBlockResultSurrogate>
{
    /// <inheritdoc />
    public TrialBlockResult ConvertFromSurrogate(in TrialBlockResultSurrogate surrogate)
    {
        // TrialBlockResult allocates its own arrays, so the received values are copied into them.
        var result = new TrialBlockResult(surrogate.FirstTrial, surrogate.Count, surrogate.FirstYearMet.Length, surrogate.FirstYear,
            surrogate.Years, surrogate.Annual.Length, surrogate.TestedReading);
        if (surrogate.ReadingsMt.Length != result.ReadingsMt.Length)
        {
            throw new InvalidDataException($"Trial block result has {surrogate.ReadingsMt.Length} readings where {result.ReadingsMt.Length} were expected.");
        }

        for (var r = 0; r < result.ReadingsMt.Length; r++)
        {
            CopyRows(surrogate.ReadingsMt[r], result.ReadingsMt[r]);
        }

        CopyRows(surrogate.FirstYearMet, result.FirstYearMet);
        CopyRow(surrogate.ProjectsFunded, result.ProjectsFunded);
        CopyRow(surrogate.PartnersActive, result.PartnersActive);
        CopyRows(surrogate.Annual, result.Annual);
        return result;
    }

    /// <inheritdoc />
    public TrialBlockResultSurrogate ConvertToSurrogate(in TrialBlockResult value) => new()
    {
        FirstTrial = value.FirstTrial,
        Count = value.Count,
        FirstYear = value.FirstYear,
        Years = value.Years,
        ReadingsMt = value.ReadingsMt,
        TestedReading = value.TestedReading,
        FirstYearMet = value.FirstYearMet,
        ProjectsFunded = value.ProjectsFunded,
        PartnersActive = value.PartnersActive,
        Annual = value.Annual,
    };

    private static void CopyRows<T>(T[][] from, T[][] to)
    {
        if (from.Length != to.Length)
        {
            throw new InvalidDataException($"Trial block result has {from.Length} rows where {to.Length} were expected.");
        }

        for (var i = 0; i < from.Length; i++)
        {
            CopyRow(from[i], to[i]);
        }
    }

    private static void CopyRow<T>(T[] from, T[] to)
    {
        if (from.Length != to.Length)
        {
            throw new InvalidDataException($"Trial block result row has {from.Length} values where {to.Length} were expected.");
        }

        Array.Copy(from, to, from.Length);
    }
}

/// <summary>
/// In-silo calls pass <see cref="TrialBlockResult"/> by reference: a block builds a fresh result
/// and neither the run grain nor the runner writes to it.
/// </summary>
[RegisterCopier]
internal sealed class TrialBlockResultCopier : ShallowCopier<TrialBlockResult>;
