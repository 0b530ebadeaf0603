using JcmSim.Model.Finance;
using JcmSim.Model.Potential;
using JcmSim.Model.Projects;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Simulation;

/// <summary>
/// A <see cref="Scenario"/> indexed for simulation: countries (known partners first, then
/// candidates), sectors, channels and regions by position, entity keys hashed once, the output
/// years and series fixed. Built once per run and shared read-only by every block.
/// </summary>
public sealed class CompiledScenario
{
    /// <summary>
    /// Compiles <paramref name="scenario"/>; it must already be valid (the loader checks ranges and
    /// references). Every number in it must be finite: that is checked here, for every caller
    /// (loader, scenarios built in code, study variants), because a non-finite parameter would
    /// otherwise reach the model's loops.
    /// </summary>
    /// <exception cref="NonFiniteParameterException">A parameter of <paramref name="scenario"/> is infinite or NaN.</exception>
    public CompiledScenario(Scenario scenario)
    {
        ScenarioNumbers.CheckFinite(scenario);
        Scenario = scenario;
        Sectors = scenario.Sectors;
        Channels = scenario.Channels;
        var sectorIndex = Sectors.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        SectorIndex = sectorIndex;
        ChannelIndex = Channels.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        var regions = new List<string>();
        int RegionOf(string region)
        {
            var index = regions.IndexOf(region);
            if (index < 0)
            {
                regions.Add(region);
                index = regions.Count - 1;
            }

            return index;
        }

        double[] Potentials(IReadOnlyDictionary<string, double> bySector)
        {
            var values = new double[Sectors.Count];
            foreach (var (sector, perYear) in bySector)
            {
                if (sectorIndex.TryGetValue(sector, out var s))
                {
                    values[s] = perYear;
                }
            }

            return values;
        }


        ulong[] OpportunityKeys(string code) => Sectors.Select(s => EntityKeys.Opportunities(code, s.Id)).ToArray();

        var countries = new List<CountrySlot>();
        foreach (var partner in scenario.Partners)
        {
            countries.Add(new CountrySlot
            {
                Index = countries.Count,
                Code = partner.Code,
                Name = partner.Name,
                RegionIndex = RegionOf(partner.Region),
                IsCandidate = false,
                SigningYear = partner.SigningYear,
                AgreementEndYear = partner.AgreementEndYear,
                Article6ReadinessLagYears = partner.Article6ReadinessLagYears,
                HostRetentionShare = partner.HostRetentionShare,
                CountryRiskPremium = partner.CountryRiskPremium,
                OpportunitiesPerYear = Potentials(partner.OpportunitiesPerYear),
                EmissionsMt = CandidatePotential.EmissionsMt(scenario, partner.Code),
                EntityKey = EntityKeys.Country(partner.Code),
                OpportunityKeys = OpportunityKeys(partner.Code),
            });
        }

        var expansion = scenario.Expansion;
        var known = new HashSet<string>(scenario.Partners.Select(p => p.Code), StringComparer.Ordinal);
        var medianPartnerMt = CandidatePotential.MedianPartnerMt(scenario);
        foreach (var candidate in expansion.Candidates.Where(c => !known.Contains(c.Code)))
        {
            countries.Add(new CountrySlot
            {
                Index = countries.Count,
                Code = candidate.Code,
                Name = candidate.Name,
                RegionIndex = RegionOf(candidate.Region),
                IsCandidate = true,
                Weight = candidate.Weight,
                Article6ReadinessLagYears = expansion.Article6ReadinessLagYears,
                CapacityRank = candidate.CapacityRank ?? double.NaN,
                HostRetentionShare = expansion.HostRetentionShare,
                CountryRiskPremium = expansion.CountryRiskPremium,
                OpportunitiesPerYear = CandidatePotential.OpportunitiesPerYear(scenario, candidate.Code, medianPartnerMt),
                EmissionsMt = CandidatePotential.EmissionsMt(scenario, candidate.Code),
                EntityKey = EntityKeys.Country(candidate.Code),
                OpportunityKeys = OpportunityKeys(candidate.Code),
            });
        }

        Countries = countries;
        Regions = regions;
        CountryIndex = countries.ToDictionary(c => c.Code, c => c.Index, StringComparer.Ordinal);

        FirstYear = scenario.Horizon.FirstYear;
        LastYear = scenario.Horizon.LastYear;
        var earliestCohort = scenario.ExistingPortfolio.Count == 0 ? FirstYear : scenario.ExistingPortfolio.Min(c => c.StartYear);
        OutputFirstYear = Math.Min(Math.Min(scenario.Accounting.StartYear, FirstYear), earliestCohort);
        OutputYears = LastYear - OutputFirstYear + 1;
        Series = new SeriesLayout(
            Channels.Select(c => (c.Id, c.Name)).ToList(),
            Sectors.Select(s => (s.Id, s.Name)).ToList(),
            regions,
            countries.Select(c => (c.Code, c.Name)).ToList());
    }

    /// <summary>The scenario as written.</summary>
    public Scenario Scenario { get; }

    /// <summary>Known partners, then candidates.</summary>
    public IReadOnlyList<CountrySlot> Countries { get; }

    /// <summary>Sectors in scenario order.</summary>
    public IReadOnlyList<SectorProfile> Sectors { get; }

    /// <summary>Finance channels in picking order.</summary>
    public IReadOnlyList<FinanceChannel> Channels { get; }

    /// <summary>Regions in order of first appearance.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Sector position by id.</summary>
    public IReadOnlyDictionary<string, int> SectorIndex { get; }

    /// <summary>Channel position by id.</summary>
    public IReadOnlyDictionary<string, int> ChannelIndex { get; }

    /// <summary>Country position by code.</summary>
    public IReadOnlyDictionary<string, int> CountryIndex { get; }

    /// <summary>First simulated fiscal year.</summary>
    public int FirstYear { get; }

    /// <summary>Last simulated fiscal year.</summary>
    public int LastYear { get; }

    /// <summary>First year of the output series (may precede <see cref="FirstYear"/> to carry history).</summary>
    public int OutputFirstYear { get; }

    /// <summary>Number of output years.</summary>
    public int OutputYears { get; }

    /// <summary>The output series.</summary>
    public SeriesLayout Series { get; }
}
