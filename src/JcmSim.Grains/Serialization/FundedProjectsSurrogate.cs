using JcmSim.Model.Projects;
using Orleans.Serialization.Cloning;

namespace JcmSim.Grains.Serialization;

/// <summary>Wire form of <see cref="FundedProjects"/>.</summary>
[GenerateSerializer, Immutable, Alias("jcm.funded-projects")]
internal struct FundedProjectsSurrogate
{
    [Id(0)] public int Year;
    [Id(1)] public int[] Trial;
    [Id(2)] public int[] Country;
    [Id(3)] public int[] Sector;
    [Id(4)] public int[] Channel;
    [Id(5)] public int[] Ordinal;
    [Id(6)] public double[] SizeTco2PerYear;
    [Id(7)] public int[] CreditingYears;
    [Id(8)] public double[] JapanContributionShare;
    [Id(9)] public int[] StartDelayYears;
}

/// <summary>Converts <see cref="FundedProjects"/> to and from its wire form (the first Count entries of the loop's reused arrays).</summary>
[RegisterConverter]
internal sealed class FundedProjectsConverter : IConverter<FundedProjects, FundedProjectsSurrogate>
{
    /// <inheritdoc />
    public FundedProjects ConvertFromSurrogate(in FundedProjectsSurrogate surrogate) =>
        new(surrogate.Year, surrogate.Trial.Length, surrogate.Trial, surrogate.Country, surrogate.Sector, surrogate.Channel, surrogate.Ordinal,
            surrogate.SizeTco2PerYear, surrogate.CreditingYears, surrogate.JapanContributionShare, surrogate.StartDelayYears);

    /// <inheritdoc />
    public FundedProjectsSurrogate ConvertToSurrogate(in FundedProjects value) => new()
    {
        Year = value.Year,
        Trial = value.Trial[..value.Count],
        Country = value.Country[..value.Count],
        Sector = value.Sector[..value.Count],
        Channel = value.Channel[..value.Count],
        Ordinal = value.Ordinal[..value.Count],
        SizeTco2PerYear = value.SizeTco2PerYear[..value.Count],
        CreditingYears = value.CreditingYears[..value.Count],
        JapanContributionShare = value.JapanContributionShare[..value.Count],
        StartDelayYears = value.StartDelayYears[..value.Count],
    };
}

/// <summary>In-silo calls pass <see cref="FundedProjects"/> by reference: the portfolio reads it within the year, before the block loop reuses its arrays.</summary>
[RegisterCopier]
internal sealed class FundedProjectsCopier : ShallowCopier<FundedProjects>;
