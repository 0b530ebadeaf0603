using JcmSim.Model.Outcomes;
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
    [Id(4)] public double[][] CumulativeMt;
    [Id(5)] public double[][] JapanItmoMt;
    [Id(6)] public int[][] FirstYearMet;
    [Id(7)] public int[] ProjectsFunded;
    [Id(8)] public int[] PartnersActive;
    [Id(9)] public double[][] Annual;
}

/// <summary>Converts <see cref="TrialBlockResult"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class TrialBlockResultConverter : IConverter<TrialBlockResult, TrialBlockResultSurrogate>
{
    /// <inheritdoc />
    public TrialBlockResult ConvertFromSurrogate(in TrialBlockResultSurrogate surrogate)
    {
        // TrialBlockResult allocates its own arrays, so the received values are copied into them.
        var result = new TrialBlockResult(surrogate.FirstTrial, surrogate.Count, surrogate.CumulativeMt.Length, surrogate.FirstYear,
            surrogate.Years, surrogate.Annual.Length);
        CopyRows(surrogate.CumulativeMt, result.CumulativeMt);
        CopyRows(surrogate.JapanItmoMt, result.JapanItmoMt);
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
        CumulativeMt = value.CumulativeMt,
        JapanItmoMt = value.JapanItmoMt,
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
