using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Simulation;

/// <summary>
/// The annual series a scenario produces and where each sits in <see cref="TrialBlockResult.Annual"/>:
/// fixed series first, then one per channel, sector and region.
/// </summary>
public sealed class SeriesLayout
{
    /// <summary>Reductions realised in the year, MtCO2.</summary>
    public const int Reductions = 0;
    /// <summary>Cumulative reductions since the accounting start, MtCO2.</summary>
    public const int ReductionsCumulative = 1;
    /// <summary>Credits issued, MtCO2.</summary>
    public const int CreditsIssued = 2;
    /// <summary>Credits transferred to Japan (ITMOs), MtCO2.</summary>
    public const int CreditsJapan = 3;
    /// <summary>Cumulative ITMOs to Japan since the accounting start, MtCO2.</summary>
    public const int CreditsJapanCumulative = 4;
    /// <summary>Credits the host keeps, MtCO2.</summary>
    public const int CreditsHost = 5;
    /// <summary>Credits cancelled for OMGE, MtCO2.</summary>
    public const int CreditsCancelled = 6;
    /// <summary>Partners with an agreement in force.</summary>
    public const int PartnersActive = 7;
    /// <summary>Projects funded in the year.</summary>
    public const int ProjectsFunded = 8;
    /// <summary>Public money committed, JPY bn.</summary>
    public const int FinancePublic = 9;
    /// <summary>Private money committed, JPY bn.</summary>
    public const int FinancePrivate = 10;
    /// <summary>Credit price, JPY per tCO2.</summary>
    public const int CreditPrice = 11;
    /// <summary>Expected reductions of the selected projects in the year (nominal size over their expected operating years), MtCO2.</summary>
    public const int ExpectedReductions = 12;
    /// <summary>Cumulative expected reductions of the selected projects since the accounting start, MtCO2.</summary>
    public const int ExpectedReductionsCumulative = 13;
    /// <summary>Cumulative credits issued since the accounting start, MtCO2.</summary>
    public const int CreditsIssuedCumulative = 14;
    /// <summary>Projects registered by the Joint Committees (every channel), cumulative: a running count, not a flow.</summary>
    public const int ProjectsRegisteredCumulative = 15;
    /// <summary>Projects that have had at least one issuance of credits (every channel), cumulative: a running count, not a flow.</summary>
    public const int ProjectsIssuingCumulative = 16;
    /// <summary>
    /// Countries hosting at least one project of a public channel (funded in the run or in an existing
    /// cohort): the Ministry's count of countries hosting the projects it finances. Cumulative: a running count, not a flow.
    /// </summary>
    public const int PublicHostCountriesCumulative = 17;

    /// <summary>Builds the layout for the given channel, sector, region and country names.</summary>
    public SeriesLayout(
        IReadOnlyList<(string Id, LocalizedText Name)> channels,
        IReadOnlyList<(string Id, LocalizedText Name)> sectors,
        IReadOnlyList<string> regions,
        IReadOnlyList<(string Code, LocalizedText Name)> countries)
    {
        var series = new List<AnnualSeries>
        {
            new("reductions", "MtCO2", new LocalizedText("Reductions", "削減量")),
            new(CumulativeId(TargetReading.RealisedReductions), "MtCO2", new LocalizedText("Cumulative reductions", "累積削減量")),
            new("credits.issued", "MtCO2", new LocalizedText("Credits issued", "発行クレジット")),
            new("credits.japan", "MtCO2", new LocalizedText("ITMOs to Japan", "日本への移転(ITMO)")),
            new(CumulativeId(TargetReading.JapanItmos), "MtCO2", new LocalizedText("Cumulative ITMOs to Japan", "日本への移転累計")),
            new("credits.host", "MtCO2", new LocalizedText("Credits retained by host", "相手国保持分")),
            new("credits.cancelled", "MtCO2", new LocalizedText("Credits cancelled (OMGE)", "取消(OMGE)")),
            new("partners.active", "count", new LocalizedText("Partner countries", "パートナー国数")),
            new("projects.funded", "count", new LocalizedText("Projects funded", "資金決定案件数")),
            new("finance.public", "JPY bn", new LocalizedText("Public finance committed", "公的資金")),
            new("finance.private", "JPY bn", new LocalizedText("Private finance committed", "民間資金")),
            new("credit.price", "JPY/tCO2", new LocalizedText("Credit price", "クレジット価格")),
            new("reductions.expected", "MtCO2", new LocalizedText("Expected reductions of selected projects", "採択案件の想定削減量")),
            new(CumulativeId(TargetReading.ExpectedReductions), "MtCO2", new LocalizedText("Cumulative expected reductions of selected projects", "採択案件の想定削減量累計")),
            new(CumulativeId(TargetReading.CreditsIssued), "MtCO2", new LocalizedText("Cumulative credits issued", "発行クレジット累計")),
            new(ProjectsRegisteredCumulativeId, "count", new LocalizedText("Projects registered (cumulative)", "登録案件数(累計)")),
            new(ProjectsIssuingCumulativeId, "count", new LocalizedText("Projects with credits issued (cumulative)", "クレジット発行済み案件数(累計)")),
            new(PublicHostCountriesCumulativeId, "count", new LocalizedText("Countries hosting publicly financed projects (cumulative)", "公的資金案件のホスト国数(累計)")),
        };
        ChannelOffset = series.Count;
        series.AddRange(channels.Select(c => new AnnualSeries("reductions.channel." + c.Id, "MtCO2", c.Name)));
        SectorOffset = series.Count;
        series.AddRange(sectors.Select(s => new AnnualSeries("reductions.sector." + s.Id, "MtCO2", s.Name)));
        RegionOffset = series.Count;
        series.AddRange(regions.Select(r => new AnnualSeries("reductions.region." + r, "MtCO2", new LocalizedText(r))));
        ChannelProjectsOffset = series.Count;
        series.AddRange(channels.Select(c => new AnnualSeries("projects.funded.channel." + c.Id, "count", c.Name)));
        ChannelExpectedOffset = series.Count;
        series.AddRange(channels.Select(c => new AnnualSeries(ExpectedReductionsPrefix + c.Id, "MtCO2", c.Name)));
        CountryOffset = series.Count;
        series.AddRange(countries.Select(c => new AnnualSeries("reductions.country." + c.Code, "MtCO2", c.Name, MeanOnly: true)));
        Series = series;
    }

    /// <summary>The annual series of a reading's cumulative since the accounting start (its value at a target year is the reading).</summary>
    public static int Cumulative(TargetReading reading) => reading switch
    {
        TargetReading.ExpectedReductions => ExpectedReductionsCumulative,
        TargetReading.RealisedReductions => ReductionsCumulative,
        TargetReading.CreditsIssued => CreditsIssuedCumulative,
        TargetReading.JapanItmos => CreditsJapanCumulative,
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown reading of the target."),
    };

    /// <summary>The id of a reading's cumulative series (see <see cref="Cumulative"/>), as result files name it.</summary>
    public static string CumulativeId(TargetReading reading) => reading switch
    {
        TargetReading.ExpectedReductions => "reductions.expected.cumulative",
        TargetReading.RealisedReductions => "reductions.cumulative",
        TargetReading.CreditsIssued => "credits.issued.cumulative",
        TargetReading.JapanItmos => "credits.japan.cumulative",
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown reading of the target."),
    };

    /// <summary>The annual series a reading accumulates: the year's expected reductions, realised reductions, credits issued or ITMOs to Japan.</summary>
    public static int Annual(TargetReading reading) => reading switch
    {
        TargetReading.ExpectedReductions => ExpectedReductions,
        TargetReading.RealisedReductions => Reductions,
        TargetReading.CreditsIssued => CreditsIssued,
        TargetReading.JapanItmos => CreditsJapan,
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown reading of the target."),
    };

    /// <summary>All series, in storage order.</summary>
    public IReadOnlyList<AnnualSeries> Series { get; }

    /// <summary>Index of the first per-channel reductions series.</summary>
    public int ChannelOffset { get; }

    /// <summary>Index of the first per-sector reductions series.</summary>
    public int SectorOffset { get; }

    /// <summary>Index of the first per-region reductions series.</summary>
    public int RegionOffset { get; }

    /// <summary>Index of the first per-channel count of projects funded.</summary>
    public int ChannelProjectsOffset { get; }

    /// <summary>
    /// Index of the first per-channel series of ex-ante expected reductions: in the year a channel funds
    /// projects, their nominal reductions (size, performance 1, no degradation or failure) over the
    /// crediting years from their start to <see cref="Observations.ObservedQuantities.ExpectedReductionsToYear"/>,
    /// as the Ministry tallies its selections (想定GHG削減量).
    /// </summary>
    public int ChannelExpectedOffset { get; }

    /// <summary>Id of <see cref="ProjectsRegisteredCumulative"/>.</summary>
    public const string ProjectsRegisteredCumulativeId = "projects.registered.cumulative";

    /// <summary>Id of <see cref="ProjectsIssuingCumulative"/>.</summary>
    public const string ProjectsIssuingCumulativeId = "projects.issuing.cumulative";

    /// <summary>Id of <see cref="PublicHostCountriesCumulative"/>.</summary>
    public const string PublicHostCountriesCumulativeId = "countries.hostingPublic.cumulative";

    /// <summary>Id prefix of the per-channel expected-reductions series (<see cref="ChannelExpectedOffset"/>).</summary>
    public const string ExpectedReductionsPrefix = "reductions.expectedTo2030.channel.";

    /// <summary>Index of the first per-country reductions series (mean only in results).</summary>
    public int CountryOffset { get; }
}
