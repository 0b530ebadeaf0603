using JcmSim.Model.Credits;
using JcmSim.Model.Finance;
using JcmSim.Model.Observations;
using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Projects;

/// <summary>
/// The project vintages of a block (MODEL.md §Projects, §Credits). A funded project's whole
/// future is known once its attributes are drawn and its country's issuance window is known, so
/// it is written straight into the yearly totals: no per-project state is kept.
/// </summary>
public sealed class ProjectPortfolioActor
{
    private const double MtPerTonne = 1e-6;

    private readonly CompiledScenario _scenario;
    private readonly ulong _seed;
    private readonly int _firstTrial;
    private readonly int _count;
    private readonly double[][] _annual;
    private readonly double[] _conservativeness;
    private readonly double[] _fixedJapanShare;
    private readonly double[] _requestProbability;
    private readonly double[][] _channelJapanShare;
    private readonly CreditRules _credits;
    private readonly int[] _expectedLeadYears;
    private readonly bool[] _publicChannel;
    private readonly bool[] _hostsPublicProject;
    private bool _cohortsScheduled;

    /// <summary>Creates the portfolio for trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1.</summary>
    public ProjectPortfolioActor(CompiledScenario scenario, ulong seed, int firstTrial, int count)
    {
        _scenario = scenario;
        _seed = seed;
        _firstTrial = firstTrial;
        _count = count;
        _credits = scenario.Scenario.Credits;
        _annual = new double[scenario.Series.Series.Count][];
        for (var i = 0; i < _annual.Length; i++)
        {
            _annual[i] = new double[scenario.OutputYears * count];
        }

        _conservativeness = TrialDraws.For(count, _credits.ConservativenessFactor, seed, EntityKeys.Credits, 0, firstTrial);
        _fixedJapanShare = TrialDraws.For(count, _credits.FixedJapanShare, seed, EntityKeys.Credits, 1, firstTrial);
        _requestProbability = TrialDraws.For(count, _credits.RequestProbability, seed, EntityKeys.Credits, 2, firstTrial);
        _channelJapanShare = scenario.Channels.Select(c => CohortJapanShares(c, seed, firstTrial, count)).ToArray();
        _expectedLeadYears = scenario.Sectors.Select(p => Math.Max(1, WholeYears(p.LeadTimeYears.Mean))).ToArray();
        _publicChannel = scenario.Channels.Select(c => c is PublicProgrammeChannel).ToArray();
        _hostsPublicProject = new bool[count * scenario.Countries.Count];
    }

    /// <summary>Registers the year's funded projects (and, the first time, the existing cohorts).</summary>
    public void Step(PortfolioYearInput input)
    {
        if (!_cohortsScheduled)
        {
            ScheduleCohorts(input);
            _cohortsScheduled = true;
        }

        var funded = input.Funded;
        var yearIndex = input.Year - _scenario.OutputFirstYear;
        for (var p = 0; p < funded.Count; p++)
        {
            var t = funded.Trial[p];
            var c = funded.Country[p];
            var s = funded.Sector[p];
            var profile = _scenario.Sectors[s];
            var key = StreamKey.For(_seed, _scenario.Countries[c].OpportunityKeys[s], funded.Year, RandomPurpose.ProjectAttributes);
            var stream = new RandomStream(key, _firstTrial + t, (uint)funded.Ordinal[p]);
            var lead = Math.Max(1, (int)Math.Round(profile.LeadTimeYears.Sample(ref stream), MidpointRounding.AwayFromZero));
            var performance = Math.Max(0, profile.PerformanceRatio.Sample(ref stream));
            var degradation = Math.Clamp(profile.DegradationPerYear.Sample(ref stream), 0, 1);
            var hazard = Math.Clamp(profile.FailureHazardPerYear.Sample(ref stream), 0, 1);
            var operatingYears = OperatingYears(funded.CreditingYears[p], hazard, stream.NextUniform());
            var startYear = funded.Year + lead + funded.StartDelayYears[p];

            // Issuance behaviour has its own purpose, so the attributes above draw what they always drew.
            var issuanceKey = StreamKey.For(_seed, _scenario.Countries[c].OpportunityKeys[s], funded.Year, RandomPurpose.ProjectIssuance);
            var issuanceStream = new RandomStream(issuanceKey, _firstTrial + t, (uint)funded.Ordinal[p]);
            var issuance = new IssuanceSchedule(
                startYear + WholeYears(_credits.RegistrationLagYears.Sample(ref issuanceStream)),
                WholeYears(_credits.FirstMonitoringPeriodYears.Sample(ref issuanceStream)),
                WholeYears(_credits.MonitoringPeriodYears.Sample(ref issuanceStream)),
                _credits.IssuanceLagYears,
                issuanceStream.NextUniform() < _requestProbability[t] ? 1 : 0);

            ScheduleExpected(t, funded.Year + _expectedLeadYears[s], funded.CreditingYears[p], funded.SizeTco2PerYear[p]);
            _annual[SeriesLayout.ProjectsFunded][(yearIndex * _count) + t] += 1;
            _annual[_scenario.Series.ChannelProjectsOffset + funded.Channel[p]][(yearIndex * _count) + t] += 1;
            _annual[_scenario.Series.ChannelExpectedOffset + funded.Channel[p]][(yearIndex * _count) + t] +=
                ExpectedReductionsMt(funded.SizeTco2PerYear[p], startYear, funded.CreditingYears[p]);
            Schedule(input, t, c, s, funded.Channel[p], startYear, operatingYears,
                funded.SizeTco2PerYear[p] * performance, 1 - degradation, funded.JapanContributionShare[p], issuance, 1);
            CountHost(t, c, funded.Channel[p], funded.Year);
        }
    }

    /// <summary>The yearly totals, [series][yearIndex × count + trial offset]; see <see cref="SeriesLayout"/>.</summary>
    public double[][] Finish()
    {
        var issued = _annual[SeriesLayout.CreditsIssued];
        var japan = _annual[SeriesLayout.CreditsJapan];
        var cancelled = _annual[SeriesLayout.CreditsCancelled];
        var host = _annual[SeriesLayout.CreditsHost];
        for (var i = 0; i < issued.Length; i++)
        {
            var split = CreditSplit.FromJapan(issued[i], _credits.OmgeCancellationShare, japan[i]);
            cancelled[i] = split.Cancelled;
            host[i] = split.Host;
        }

        // The project counts were written as events in their year; the series are running counts.
        RunningTotal(_annual[SeriesLayout.ProjectsRegisteredCumulative]);
        RunningTotal(_annual[SeriesLayout.ProjectsIssuingCumulative]);
        RunningTotal(_annual[SeriesLayout.PublicHostCountriesCumulative]);
        return _annual;
    }

    // Existing cohorts are many projects: Japan's share of their credits follows the same rule as a
    // funded project's (JapanCreditShare), at the programme's mean subsidy share.
    private static double[] CohortJapanShares(FinanceChannel channel, ulong seed, int firstTrial, int count)
    {
        var shares = TrialDraws.For(count, channel.JapanContributionShare, seed, EntityKeys.Channel(channel.Id), FinanceChannelActor.JapanShareOrdinal, firstTrial);
        var (subsidyShare, floor) = channel is PublicProgrammeChannel programme
            ? (programme.SubsidyRatioCap.Mean, programme.MinimumJapanCreditShare)
            : (0.0, 0.0);
        for (var t = 0; t < count; t++)
        {
            shares[t] = JapanCreditShare.Of(subsidyShare, shares[t], floor);
        }

        return shares;
    }

    /// <summary>
    /// Operating years before the crediting period ends or the project fails: failure after year k
    /// has probability h(1−h)^(k−1), so the survival time is ⌊ln u / ln(1−h)⌋ + 1 by inversion.
    /// </summary>
    public static int OperatingYears(int creditingYears, double hazard, double u)
    {
        if (hazard <= 0)
        {
            return creditingYears;
        }

        if (hazard >= 1)
        {
            return 1;
        }

        var survival = Math.Floor(Math.Log(u) / Math.Log(1 - hazard)) + 1;
        return survival >= creditingYears ? creditingYears : (int)survival;
    }

    /// <summary>
    /// Ex-ante expected reductions of a project to <see cref="ObservedQuantities.ExpectedReductionsToYear"/>, MtCO2: its
    /// nominal size over the crediting years from <paramref name="startYear"/> to that year (MODEL.md §Projects).
    /// </summary>
    public static double ExpectedReductionsMt(double sizeTco2PerYear, int startYear, int creditingYears)
    {
        var years = Math.Min(startYear + creditingYears - 1, ObservedQuantities.ExpectedReductionsToYear) - startYear + 1;
        return years > 0 ? sizeTco2PerYear * years * MtPerTonne : 0;
    }

    private void ScheduleCohorts(PortfolioYearInput input)
    {
        foreach (var cohort in _scenario.Scenario.ExistingPortfolio)
        {
            var c = _scenario.CountryIndex[cohort.Country];
            var s = _scenario.SectorIndex[cohort.Sector];
            var k = _scenario.ChannelIndex[cohort.Channel];
            var profile = _scenario.Sectors[s];
            // Many projects: failures and degradation enter as expected fractions, not draws.
            var yearlyFactor = (1 - Math.Clamp(profile.DegradationPerYear.Mean, 0, 1)) * (1 - Math.Clamp(profile.FailureHazardPerYear.Mean, 0, 1));
            var baseTonnes = cohort.SizeTco2PerYear * Math.Max(0, profile.PerformanceRatio.Mean);
            // Issuance in expectation: the mean registration lag and monitoring periods, and the
            // trial's request probability as the share of the cohort's reductions ever requested.
            var registrationYear = cohort.StartYear + WholeYears(_credits.RegistrationLagYears.Mean);
            var firstPeriod = WholeYears(_credits.FirstMonitoringPeriodYears.Mean);
            var period = WholeYears(_credits.MonitoringPeriodYears.Mean);
            for (var t = 0; t < _count; t++)
            {
                ScheduleExpected(t, cohort.StartYear, cohort.CreditingYears, cohort.SizeTco2PerYear);
                var issuance = new IssuanceSchedule(registrationYear, firstPeriod, period, _credits.IssuanceLagYears, Math.Clamp(_requestProbability[t], 0, 1));
                Schedule(input, t, c, s, k, cohort.StartYear, cohort.CreditingYears, baseTonnes, yearlyFactor, _channelJapanShare[k][t], issuance, cohort.Projects);
                CountHost(t, c, k, cohort.StartYear);
            }
        }
    }

    private void RunningTotal(double[] series)
    {
        for (var at = _count; at < series.Length; at++)
        {
            series[at] += series[at - _count];
        }
    }

    // A project event (registration, first issuance) in the count series, in its year; one after the
    // horizon is not seen. None comes before the output's first year: that is the earliest cohort's start.
    private void CountProjects(int series, int t, int year, double projects)
    {
        if (year <= _scenario.LastYear)
        {
            _annual[series][((year - _scenario.OutputFirstYear) * _count) + t] += projects;
        }
    }

    // The Ministry's count of countries hosting the projects it finances (moejProjectHostCountries, on the
    // basis of its wider tally: every public channel): a country enters the year its first publicly
    // financed project is selected (or its cohort starts), once per trial.
    private void CountHost(int t, int country, int channel, int year)
    {
        var hosted = (t * _scenario.Countries.Count) + country;
        if (_publicChannel[channel] && !_hostsPublicProject[hosted])
        {
            _hostsPublicProject[hosted] = true;
            CountProjects(SeriesLayout.PublicHostCountriesCumulative, t, year, 1);
        }
    }

    // A non-negative number of years rounded to whole years, half away from zero (as lead times).
    private static int WholeYears(double years) => (int)Math.Round(Math.Max(0, years), MidpointRounding.AwayFromZero);

    // The Ministry's ex-ante tally (MODEL.md §Readings of the target): the selected size every year
    // from the expected start through the crediting period, whatever the project later does.
    private void ScheduleExpected(int t, int startYear, int creditingYears, double sizeTco2PerYear)
    {
        var expected = _annual[SeriesLayout.ExpectedReductions];
        var mt = sizeTco2PerYear * MtPerTonne;
        var firstYear = Math.Max(startYear, _scenario.OutputFirstYear);
        var lastYear = Math.Min(startYear + creditingYears - 1, _scenario.LastYear);
        for (var year = firstYear; year <= lastYear; year++)
        {
            expected[((year - _scenario.OutputFirstYear) * _count) + t] += mt;
        }
    }

    private void Schedule(PortfolioYearInput input, int t, int c, int s, int k, int startYear, int operatingYears,
        double firstYearTonnes, double yearlyFactor, double contributionShare, IssuanceSchedule issuance, double projects)
    {
        var layout = _scenario.Series;
        var issueFrom = input.IssueFromYear[c][t];
        var issueUntil = input.IssueUntilYear[c][t];
        var countOutside = _credits.CountReductionsOutsideFramework;
        var japanShare = _credits.Allocation switch
        {
            AllocationPolicyKind.ContributionProportional => contributionShare,
            AllocationPolicyKind.FixedSplit => _fixedJapanShare[t],
            AllocationPolicyKind.HostFirst => 1 - input.HostRetention[c][t],
            _ => throw new InvalidOperationException($"Unknown allocation policy {_credits.Allocation}."),
        };

        // Per issued tonne: the part that reaches Japan after OMGE (MODEL.md §Credits). Cancelled
        // and host shares follow from issued and Japan in Finish, so they are not written here.
        var japanPerIssued = (1 - _credits.OmgeCancellationShare) * Math.Clamp(japanShare, 0, 1);
        var creditedPerTonne = _conservativeness[t] * issuance.RequestedShare;
        var total = _annual[SeriesLayout.Reductions];
        var byChannel = _annual[layout.ChannelOffset + k];
        var bySector = _annual[layout.SectorOffset + s];
        var byRegion = _annual[layout.RegionOffset + _scenario.Countries[c].RegionIndex];
        var byCountry = _annual[layout.CountryOffset + c];
        var issued = _annual[SeriesLayout.CreditsIssued];
        var japan = _annual[SeriesLayout.CreditsJapan];
        var mt = firstYearTonnes * MtPerTonne;
        var lastOperatingYear = startYear + operatingYears - 1;

        // The Joint Committee registers the project while it operates and the agreement is live
        // (registration needs no Article 6 readiness: the JCM registered projects from 2014).
        if (issuance.RegistrationYear <= lastOperatingYear && issuance.RegistrationYear <= issueUntil)
        {
            CountProjects(SeriesLayout.ProjectsRegisteredCumulative, t, issuance.RegistrationYear, projects);
        }

        var firstIssueYear = IssuanceSchedule.Never;
        var lastYear = Math.Min(lastOperatingYear, _scenario.LastYear);
        for (var year = startYear; year <= lastYear; year++, mt *= yearlyFactor)
        {
            if (year < _scenario.OutputFirstYear)
            {
                continue;
            }

            // A reduction outside the live framework (before readiness, after a lapse that stops
            // issuance) can never be credited: it is not a JCM reduction unless the scenario says so.
            var inFramework = issueFrom <= year && year <= issueUntil;
            if (!inFramework && !countOutside)
            {
                continue;
            }

            var at = ((year - _scenario.OutputFirstYear) * _count) + t;
            total[at] += mt;
            byChannel[at] += mt;
            bySector[at] += mt;
            byRegion[at] += mt;
            byCountry[at] += mt;

            // Credits need a request and a decision while the framework is live; a decision due
            // before readiness waits for it, one due after a lapse that stops issuance never comes.
            var decision = issuance.DecisionYear(year);
            if (decision == IssuanceSchedule.Never)
            {
                continue;
            }

            var issueYear = Math.Max(decision, issueFrom);
            if (issueYear <= issueUntil && issueYear <= _scenario.LastYear)
            {
                var credits = mt * creditedPerTonne;
                var issueAt = ((issueYear - _scenario.OutputFirstYear) * _count) + t;
                issued[issueAt] += credits;
                japan[issueAt] += credits * japanPerIssued;
                if (credits > 0 && firstIssueYear == IssuanceSchedule.Never)
                {
                    firstIssueYear = issueYear;
                }
            }
        }

        // Decisions come in vintage order, so the first credited vintage gives the first issuance;
        // a cohort counts its projects times the share that request (MODEL.md §Credits).
        if (firstIssueYear != IssuanceSchedule.Never)
        {
            CountProjects(SeriesLayout.ProjectsIssuingCumulative, t, firstIssueYear, projects * issuance.RequestedShare);
        }
    }
}
