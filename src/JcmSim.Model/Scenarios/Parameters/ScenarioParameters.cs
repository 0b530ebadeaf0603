using JcmSim.Model.Countries;
using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Projects;

namespace JcmSim.Model.Scenarios.Parameters;

/// <summary>
/// Every distribution-valued input of a resolved <see cref="Scenario"/>, walked explicitly section by
/// section in scenario order so each gets a stable path and a replacement written with <c>with</c>
/// expressions. A reflection test checks the walk misses no <see cref="Distribution"/> property.
/// </summary>
public static class ScenarioParameters
{
    /// <summary>Every distribution-valued input, fixed ones included, in scenario order.</summary>
    public static IReadOnlyList<ScenarioParameter> All(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var list = new List<ScenarioParameter>();
        AddSectors(scenario, list);
        AddPartners(scenario, list);
        AddExpansion(scenario, list);
        list.Add(new("agreements.extensionProbability", ParameterLabels.Section("agreements", "extensionProbability"), scenario.Agreements.ExtensionProbability, ParameterScope.PerTrial,
            (s, d) => s with { Agreements = s.Agreements with { ExtensionProbability = d } }));
        AddPipeline(scenario, list);
        AddChannels(scenario, list);
        list.Add(new("credits.conservativenessFactor", ParameterLabels.Section("credits", "conservativenessFactor"), scenario.Credits.ConservativenessFactor, ParameterScope.PerTrial,
            (s, d) => s with { Credits = s.Credits with { ConservativenessFactor = d } }));
        list.Add(new("credits.registrationLagYears", ParameterLabels.Section("credits", "registrationLagYears"), scenario.Credits.RegistrationLagYears, ParameterScope.PerProject,
            (s, d) => s with { Credits = s.Credits with { RegistrationLagYears = d } }));
        list.Add(new("credits.firstMonitoringPeriodYears", ParameterLabels.Section("credits", "firstMonitoringPeriodYears"), scenario.Credits.FirstMonitoringPeriodYears, ParameterScope.PerProject,
            (s, d) => s with { Credits = s.Credits with { FirstMonitoringPeriodYears = d } }));
        list.Add(new("credits.monitoringPeriodYears", ParameterLabels.Section("credits", "monitoringPeriodYears"), scenario.Credits.MonitoringPeriodYears, ParameterScope.PerProject,
            (s, d) => s with { Credits = s.Credits with { MonitoringPeriodYears = d } }));
        list.Add(new("credits.requestProbability", ParameterLabels.Section("credits", "requestProbability"), scenario.Credits.RequestProbability, ParameterScope.PerTrial,
            (s, d) => s with { Credits = s.Credits with { RequestProbability = d } }));
        list.Add(new("credits.fixedJapanShare", ParameterLabels.Section("credits", "fixedJapanShare"), scenario.Credits.FixedJapanShare, ParameterScope.PerTrial,
            (s, d) => s with { Credits = s.Credits with { FixedJapanShare = d } }));
        list.Add(new("creditPrice.volatility", ParameterLabels.Section("creditPrice", "volatility"), scenario.CreditPrice.Volatility, ParameterScope.PerTrial,
            (s, d) => s with { CreditPrice = s.CreditPrice with { Volatility = d } }));
        return list;
    }

    /// <summary>
    /// Everything a study can vary: every distribution-valued input (<see cref="All"/>) followed by
    /// the scalar levers (<see cref="ScenarioLevers"/>), each under its dotted path.
    /// </summary>
    public static IReadOnlyList<ScenarioParameter> Studiable(Scenario scenario) =>
        [.. All(scenario), .. ScenarioLevers.All(scenario)];

    /// <summary>
    /// The inputs named by the scenario's <c>uncertainties:</c> block, in its order, each with its
    /// study distribution (the given range, or the input's own distribution when none is given).
    /// </summary>
    public static IReadOnlyList<StudiedInput> Studied(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var byPath = Studiable(scenario).ToDictionary(p => p.Path, StringComparer.Ordinal);
        return scenario.Uncertainties.Select(u => byPath.TryGetValue(u.Path, out var parameter)
                ? new StudiedInput(parameter, u.Range ?? parameter.Distribution)
                : throw new InvalidOperationException($"The uncertainty {u.Path} names no input of scenario {scenario.Name}; the loader should have refused it."))
            .ToList();
    }

    /// <summary>The uncertain (not fixed) inputs, in scenario order: what a tornado varies.</summary>
    public static IReadOnlyList<ScenarioParameter> Uncertain(Scenario scenario) =>
        All(scenario).Where(p => p.IsUncertain).ToList();

    private static void AddSectors(Scenario scenario, List<ScenarioParameter> list)
    {
        foreach (var sector in scenario.Sectors)
        {
            var id = sector.Id;
            void Add(string field, Distribution value, Func<SectorProfile, Distribution, SectorProfile> with) =>
                list.Add(new($"sectors.{id}.{field}", ParameterLabels.Compose(sector.Name, field), value, ParameterScope.PerProject,
                    (s, d) => s with { Sectors = Replace(s.Sectors, x => x.Id == id, x => with(x, d)) }));

            Add("sizeTco2PerYear", sector.SizeTco2PerYear, (x, d) => x with { SizeTco2PerYear = d });
            Add("capexJpyPerTco2PerYear", sector.CapexJpyPerTco2PerYear, (x, d) => x with { CapexJpyPerTco2PerYear = d });
            Add("leadTimeYears", sector.LeadTimeYears, (x, d) => x with { LeadTimeYears = d });
            Add("creditingYears", sector.CreditingYears, (x, d) => x with { CreditingYears = d });
            Add("performanceRatio", sector.PerformanceRatio, (x, d) => x with { PerformanceRatio = d });
            Add("degradationPerYear", sector.DegradationPerYear, (x, d) => x with { DegradationPerYear = d });
            Add("failureHazardPerYear", sector.FailureHazardPerYear, (x, d) => x with { FailureHazardPerYear = d });
            Add("returnWithoutCredits", sector.ReturnWithoutCredits, (x, d) => x with { ReturnWithoutCredits = d });

            // The addressable share is drawn once per trial for the sector, not per project.
            list.Add(new($"sectors.{id}.addressableShare", ParameterLabels.Compose(sector.Name, "addressableShare"), sector.AddressableShare, ParameterScope.PerTrial,
                (s, d) => s with { Sectors = Replace(s.Sectors, x => x.Id == id, x => x with { AddressableShare = d }) }));
        }
    }

    private static void AddPartners(Scenario scenario, List<ScenarioParameter> list)
    {
        foreach (var partner in scenario.Partners)
        {
            var code = partner.Code;
            void Add(string field, Distribution value, Func<PartnerCountry, Distribution, PartnerCountry> with) =>
                list.Add(new($"partners.{code}.{field}", ParameterLabels.Compose(partner.Name, field), value, ParameterScope.PerTrial,
                    (s, d) => s with { Partners = Replace(s.Partners, x => x.Code == code, x => with(x, d)) }));

            Add("article6ReadinessLagYears", partner.Article6ReadinessLagYears, (x, d) => x with { Article6ReadinessLagYears = d });
            Add("hostRetentionShare", partner.HostRetentionShare, (x, d) => x with { HostRetentionShare = d });
            Add("countryRiskPremium", partner.CountryRiskPremium, (x, d) => x with { CountryRiskPremium = d });
        }
    }

    private static void AddExpansion(Scenario scenario, List<ScenarioParameter> list)
    {
        void Add(string field, Distribution value, Func<PartnerExpansion, Distribution, PartnerExpansion> with) =>
            list.Add(new($"expansion.{field}", ParameterLabels.Section("expansion", field), value, ParameterScope.PerTrial,
                (s, d) => s with { Expansion = with(s.Expansion, d) }));

        var expansion = scenario.Expansion;
        Add("newPartnersPerYear", expansion.NewPartnersPerYear, (x, d) => x with { NewPartnersPerYear = d });
        Add("maxPartners", expansion.MaxPartners, (x, d) => x with { MaxPartners = d });
        Add("article6ReadinessLagYears", expansion.Article6ReadinessLagYears, (x, d) => x with { Article6ReadinessLagYears = d });
        Add("hostRetentionShare", expansion.HostRetentionShare, (x, d) => x with { HostRetentionShare = d });
        Add("countryRiskPremium", expansion.CountryRiskPremium, (x, d) => x with { CountryRiskPremium = d });
        Add("readinessCapacitySensitivity", expansion.ReadinessCapacitySensitivity, (x, d) => x with { ReadinessCapacitySensitivity = d });
    }

    private static void AddPipeline(Scenario scenario, List<ScenarioParameter> list)
    {
        void Add(string field, Distribution value, Func<PipelineGrowth, Distribution, PipelineGrowth> with) =>
            list.Add(new($"pipeline.{field}", ParameterLabels.Section("pipeline", field), value, ParameterScope.PerTrial,
                (s, d) => s with { Pipeline = with(s.Pipeline, d) }));

        var pipeline = scenario.Pipeline;
        Add("multiplier", pipeline.Multiplier, (x, d) => x with { Multiplier = d });
        Add("growthRatePerYear", pipeline.GrowthRatePerYear, (x, d) => x with { GrowthRatePerYear = d });
        Add("cityToCityGrowthRatePerYear", pipeline.CityToCityGrowthRatePerYear, (x, d) => x with { CityToCityGrowthRatePerYear = d });
        Add("backlogAgeOutPerYear", pipeline.BacklogAgeOutPerYear, (x, d) => x with { BacklogAgeOutPerYear = d });
        Add("financeResponsePerUnspentShare", pipeline.FinanceResponsePerUnspentShare, (x, d) => x with { FinanceResponsePerUnspentShare = d });
        Add("maxFinanceResponseGrowthPerYear", pipeline.MaxFinanceResponseGrowthPerYear, (x, d) => x with { MaxFinanceResponseGrowthPerYear = d });
        Add("creditPriceElasticity", pipeline.CreditPriceElasticity, (x, d) => x with { CreditPriceElasticity = d });
        Add("maturityPerLogProjects", pipeline.MaturityPerLogProjects, (x, d) => x with { MaturityPerLogProjects = d });
        if (pipeline.JointCommitteeRegistrationsPerYear is { } registrations)
        {
            Add("jointCommitteeRegistrationsPerYear", registrations, (x, d) => x with { JointCommitteeRegistrationsPerYear = d });
        }

        Add("jointCommitteeRegistrationsPerProject", pipeline.JointCommitteeRegistrationsPerProject, (x, d) => x with { JointCommitteeRegistrationsPerProject = d });
    }

    private static void AddChannels(Scenario scenario, List<ScenarioParameter> list)
    {
        foreach (var channel in scenario.Channels)
        {
            var id = channel.Id;
            void Add(string field, Distribution value, Func<FinanceChannel, Distribution, FinanceChannel> with) =>
                list.Add(new($"channels.{id}.{field}", ParameterLabels.Compose(channel.Name, field), value, ParameterScope.PerTrial,
                    (s, d) => s with { Channels = Replace(s.Channels, x => x.Id == id, x => with(x, d)) }));

            Add("budgetMultiplier", channel.BudgetMultiplier, (x, d) => x with { BudgetMultiplier = d });
            Add("japanContributionShare", channel.JapanContributionShare, (x, d) => x with { JapanContributionShare = d });
            switch (channel)
            {
                case PublicProgrammeChannel programme:
                    Add("subsidyRatioCap", programme.SubsidyRatioCap, (x, d) => ((PublicProgrammeChannel)x) with { SubsidyRatioCap = d });
                    Add("participantHurdleRate", programme.ParticipantHurdleRate, (x, d) => ((PublicProgrammeChannel)x) with { ParticipantHurdleRate = d });
                    break;
                case PrivateInvestorChannel investor:
                    Add("hurdleRate", investor.HurdleRate, (x, d) => ((PrivateInvestorChannel)x) with { HurdleRate = d });
                    Add("creditPriceExpectationFactor", investor.CreditPriceExpectationFactor, (x, d) => ((PrivateInvestorChannel)x) with { CreditPriceExpectationFactor = d });
                    Add("authorisationRisk", investor.AuthorisationRisk, (x, d) => ((PrivateInvestorChannel)x) with { AuthorisationRisk = d });
                    break;
                default:
                    throw new NotSupportedException($"Channel '{id}' is a {channel.GetType().Name}, which the sensitivity walk does not know.");
            }
        }
    }

    private static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> items, Func<T, bool> match, Func<T, T> replace)
    {
        var result = items.ToArray();
        var found = false;
        for (var i = 0; i < result.Length; i++)
        {
            if (match(result[i]))
            {
                result[i] = replace(result[i]);
                found = true;
            }
        }

        return found ? result : throw new InvalidOperationException("The scenario no longer holds the entity this parameter belongs to.");
    }
}
