using JcmSim.Model.Projects;
using Orleans.Serialization.Cloning;

namespace JcmSim.Grains.Serialization;

/// <summary>Wire form of <see cref="PortfolioYearInput"/>.</summary>
[GenerateSerializer, Immutable, Alias("jcm.portfolio-year-input")]
internal struct PortfolioYearInputSurrogate
{
    [Id(0)] public int Year;
    [Id(1)] public int[][] IssueFromYear;
    [Id(2)] public int[][] IssueUntilYear;
    [Id(3)] public double[][] HostRetention;
    [Id(4)] public FundedProjects Funded;
}

/// <summary>Converts <see cref="PortfolioYearInput"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class PortfolioYearInputConverter : IConverter<PortfolioYearInput, PortfolioYearInputSurrogate>
{
    /// <inheritdoc />
    public PortfolioYearInput ConvertFromSurrogate(in PortfolioYearInputSurrogate surrogate) =>
        new(surrogate.Year, surrogate.IssueFromYear, surrogate.IssueUntilYear, surrogate.HostRetention, surrogate.Funded);

    /// <inheritdoc />
    public PortfolioYearInputSurrogate ConvertToSurrogate(in PortfolioYearInput value) => new()
    {
        Year = value.Year,
        IssueFromYear = value.IssueFromYear,
        IssueUntilYear = value.IssueUntilYear,
        HostRetention = value.HostRetention,
        Funded = value.Funded,
    };
}

/// <summary>
/// In-silo calls pass <see cref="PortfolioYearInput"/> by reference. The block loop reuses its
/// outer per-country arrays from year to year, but only after the portfolio's step has returned,
/// and the portfolio keeps no reference to its input, so sharing is safe.
/// </summary>
[RegisterCopier]
internal sealed class PortfolioYearInputCopier : ShallowCopier<PortfolioYearInput>;
