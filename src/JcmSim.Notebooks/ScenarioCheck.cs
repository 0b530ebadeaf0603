using System.Globalization;
using System.Text.RegularExpressions;
using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;

namespace JcmSim.Notebooks;

/// <summary>
/// The rules of the scenario format (scenarios/README.md, MODEL.md) checked on a scenario built in
/// code, where the YAML loader never saw it: identifiers unique and referenced ones present, years in
/// order, targets inside the horizon, every distribution's support inside its field's domain (shares
/// in [0, 1], loss rates in [0, 1), rates above −1, sizes, costs, years and multipliers ≥ 0).
/// </summary>
internal static partial class ScenarioCheck
{
    private static readonly Dictionary<string, (double Low, bool LowInclusive, double High, bool HighInclusive, string Allowed)> Domains = new(StringComparer.Ordinal)
    {
        ["hostRetentionShare"] = Share, ["japanContributionShare"] = Share, ["subsidyRatioCap"] = Share, ["creditRevenueShare"] = Share,
        ["extensionProbability"] = Share, ["conservativenessFactor"] = Share, ["fixedJapanShare"] = Share,
        ["degradationPerYear"] = ShareBelowOne, ["failureHazardPerYear"] = ShareBelowOne,
        ["sizeTco2PerYear"] = NonNegative, ["capexJpyPerTco2PerYear"] = NonNegative, ["leadTimeYears"] = NonNegative, ["creditingYears"] = NonNegative,
        ["article6ReadinessLagYears"] = NonNegative, ["countryRiskPremium"] = NonNegative, ["newPartnersPerYear"] = NonNegative, ["multiplier"] = NonNegative,
        ["budgetMultiplier"] = NonNegative, ["creditPriceExpectationFactor"] = NonNegative, ["performanceRatio"] = NonNegative, ["volatility"] = NonNegative,
        ["returnWithoutCredits"] = Rate, ["hurdleRate"] = Rate, ["participantHurdleRate"] = Rate, ["growthRatePerYear"] = Rate, ["cityToCityGrowthRatePerYear"] = Rate,
    };

    private static (double, bool, double, bool, string) Share => (0, true, 1, true, "[0, 1]");

    private static (double, bool, double, bool, string) ShareBelowOne => (0, true, 1, false, "[0, 1)");

    private static (double, bool, double, bool, string) NonNegative => (0, true, double.PositiveInfinity, true, "≥ 0");

    private static (double, bool, double, bool, string) Rate => (-1, false, double.PositiveInfinity, true, "> −1");

    /// <summary>Every problem of <paramref name="scenario"/>, empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(Scenario scenario)
    {
        var problems = new List<string>();
        void Problem(string path, string problem, string allowed) => problems.Add($"{path}: {problem} (allowed: {allowed})");

        if (!Identifier().IsMatch(scenario.Name))
        {
            Problem("name", $"'{scenario.Name}' is not an identifier", "letters, digits, '-' and '_', starting with a letter");
        }

        var horizon = scenario.Horizon;
        if (horizon.FirstYear > horizon.LastYear)
        {
            Problem("horizon.firstYear", $"firstYear {horizon.FirstYear} is after lastYear {horizon.LastYear}", "firstYear ≤ lastYear");
        }

        CheckTargets(scenario, Problem);
        var sectors = Unique("sectors", scenario.Sectors.Select(s => s.Id), Problem);
        var partners = Unique("partners", scenario.Partners.Select(p => p.Code), Problem);
        var candidates = Unique("expansion.candidates", scenario.Expansion.Candidates.Select(c => c.Code), Problem);
        var channels = Unique("channels", scenario.Channels.Select(c => c.Id), Problem);
        if (sectors.Count == 0)
        {
            Problem("sectors", "no sector", "at least one sector");
        }

        if (channels.Count == 0)
        {
            Problem("channels", "no finance channel", "at least one channel");
        }

        foreach (var code in partners.Where(code => !CountryCode().IsMatch(code)).Concat(candidates.Where(code => !CountryCode().IsMatch(code))))
        {
            Problem($"partners.{code}", $"'{code}' is not a country code", "an ISO 3166-1 alpha-3 code in capitals, e.g. THA");
        }

        foreach (var code in candidates.Intersect(partners))
        {
            Problem($"expansion.candidates.{code}", $"{code} is already a partner", "countries that have not signed yet");
        }

        foreach (var partner in scenario.Partners)
        {
            if (partner.AgreementEndYear < partner.SigningYear)
            {
                Problem($"partners.{partner.Code}.agreementEndYear", $"{partner.AgreementEndYear} is before the signing year {partner.SigningYear}", "≥ signingYear, or none");
            }

            CheckOpportunities($"partners.{partner.Code}.opportunitiesPerYear", partner.OpportunitiesPerYear, sectors, Problem);
        }

        CheckOpportunities("expansion.newPartnerOpportunitiesPerYear", scenario.Expansion.NewPartnerOpportunitiesPerYear, sectors, Problem);
        foreach (var channel in scenario.Channels)
        {
            CheckChannel(channel, sectors, partners.Concat(candidates).ToHashSet(StringComparer.Ordinal), Problem);
        }

        foreach (var (cohort, i) in scenario.ExistingPortfolio.Select((c, i) => (c, i)))
        {
            var path = $"existingPortfolio[{i}]";
            Reference($"{path}.country", cohort.Country, partners, "a partner code", Problem);
            Reference($"{path}.sector", cohort.Sector, sectors, "a sector id", Problem);
            Reference($"{path}.channel", cohort.Channel, channels, "a channel id", Problem);
            if (cohort.Projects < 0 || cohort.SizeTco2PerYear < 0 || cohort.CreditingYears < 0)
            {
                Problem(path, "a negative count, size or crediting period", "projects, sizeTco2PerYear, creditingYears ≥ 0");
            }
        }

        CheckScalars(scenario, Problem);
        foreach (var parameter in ScenarioParameters.All(scenario))
        {
            CheckDistribution(parameter.Path, parameter.Distribution, Problem);
        }

        if (problems.Count == 0)
        {
            try
            {
                _ = new CompiledScenario(scenario);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException)
            {
                Problem("", $"the model cannot be set up from it: {e.Message}", "a scenario whose references all resolve");
            }
        }

        return problems;
    }

    private static void CheckTargets(Scenario scenario, Action<string, string, string> problem)
    {
        var accounting = scenario.Accounting;
        if (accounting.StartYear > scenario.Horizon.LastYear)
        {
            problem("accounting.startYear", $"{accounting.StartYear} is after the horizon's last year {scenario.Horizon.LastYear}", "≤ horizon.lastYear");
        }

        if (accounting.Targets.Count == 0)
        {
            problem("accounting.targets", "no target", "at least one {fiscalYear, thresholdMt}");
        }

        foreach (var (target, i) in accounting.Targets.Select((t, i) => (t, i)))
        {
            if (target.FiscalYear < Math.Max(accounting.StartYear, scenario.Horizon.FirstYear) || target.FiscalYear > scenario.Horizon.LastYear)
            {
                problem($"accounting.targets[{i}].fiscalYear", $"FY{target.FiscalYear} is outside the simulated years", $"FY{scenario.Horizon.FirstYear}–FY{scenario.Horizon.LastYear}");
            }

            if (!(target.ThresholdMt > 0) || !double.IsFinite(target.ThresholdMt))
            {
                problem($"accounting.targets[{i}].thresholdMt", $"{Number(target.ThresholdMt)} is not a positive number", "> 0");
            }
        }

        foreach (var year in accounting.Targets.GroupBy(t => t.FiscalYear).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problem("accounting.targets", $"FY{year} has two targets", "one target per fiscal year");
        }
    }

    private static void CheckChannel(FinanceChannel channel, HashSet<string> sectors, HashSet<string> countries, Action<string, string, string> problem)
    {
        var path = $"channels.{channel.Id}";
        foreach (var sector in channel.Sectors)
        {
            Reference($"{path}.sectors", sector, sectors, "a sector id", problem);
        }

        foreach (var country in channel.Countries)
        {
            Reference($"{path}.countries", country, countries, "a partner or candidate code", problem);
        }

        if (channel.AnnualBudgetJpy.Points.Count == 0 || channel.AnnualBudgetJpy.Points.Any(p => !(p.Value >= 0) || !double.IsFinite(p.Value)))
        {
            problem($"{path}.annualBudgetJpy", "a budget is missing, negative or not finite", "at least one year with a finite JPY amount ≥ 0");
        }

        if (channel is PublicProgrammeChannel programme && !(programme.PerProjectCapJpy > 0))
        {
            problem($"{path}.perProjectCapJpy", $"{Number(programme.PerProjectCapJpy)} is not positive", "> 0 JPY");
        }
    }

    private static void CheckScalars(Scenario scenario, Action<string, string, string> problem)
    {
        if (scenario.Credits.IssuanceLagYears < 0)
        {
            problem("credits.issuanceLagYears", $"{scenario.Credits.IssuanceLagYears} is negative", "≥ 0 years");
        }

        if (scenario.Credits.OmgeCancellationShare is < 0 or > 1)
        {
            problem("credits.omgeCancellationShare", $"{Number(scenario.Credits.OmgeCancellationShare)} is not a share", "[0, 1]");
        }

        if (scenario.Pipeline.CityToCityShare is < 0 or > 1)
        {
            problem("pipeline.cityToCityShare", $"{Number(scenario.Pipeline.CityToCityShare)} is not a share", "[0, 1]");
        }

        if (scenario.CreditPrice.Persistence is < 0 or >= 1)
        {
            problem("creditPrice.persistence", $"{Number(scenario.CreditPrice.Persistence)} is outside [0, 1)", "[0, 1)");
        }

        if (scenario.CreditPrice.TrendJpyPerTco2.Points.Count == 0 || scenario.CreditPrice.TrendJpyPerTco2.Points.Any(p => !(p.Value >= 0)))
        {
            problem("creditPrice.trendJpyPerTco2", "a price is missing or negative", "at least one year with a price ≥ 0 JPY/tCO2");
        }

        if (scenario.Agreements.ExtensionYears < 0)
        {
            problem("agreements.extensionYears", $"{scenario.Agreements.ExtensionYears} is negative", "≥ 0 years");
        }

        if (scenario.Expansion.MaxPartners < 0)
        {
            problem("expansion.maxPartners", $"{scenario.Expansion.MaxPartners} is negative", "≥ 0");
        }
    }

    private static void CheckDistribution(string path, Distribution distribution, Action<string, string, string> problem)
    {
        if (!double.IsFinite(distribution.Mean))
        {
            problem(path, $"{distribution.Describe()} has no finite mean", "a distribution with a finite mean");
            return;
        }

        var field = path[(path.LastIndexOf('.') + 1)..];
        if (!Domains.TryGetValue(field, out var domain))
        {
            return;
        }

        var aboveLow = domain.LowInclusive ? distribution.Minimum >= domain.Low : distribution.Minimum > domain.Low;
        var belowHigh = domain.HighInclusive ? distribution.Maximum <= domain.High : distribution.Maximum < domain.High;
        if (!aboveLow || !belowHigh)
        {
            problem(path, $"{distribution.Describe()} takes values from {Number(distribution.Minimum)} to {Number(distribution.Maximum)}", $"values in {domain.Allowed}");
        }
    }

    private static void CheckOpportunities(string path, IReadOnlyDictionary<string, double> perSector, HashSet<string> sectors, Action<string, string, string> problem)
    {
        foreach (var (sector, perYear) in perSector)
        {
            Reference(path, sector, sectors, "a sector id", problem);
            if (!(perYear >= 0) || !double.IsFinite(perYear))
            {
                problem($"{path}.{sector}", $"{Number(perYear)} opportunities a year", "a finite number ≥ 0");
            }
        }
    }

    private static HashSet<string> Unique(string path, IEnumerable<string> ids, Action<string, string, string> problem)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                problem($"{path}.{id}", $"'{id}' appears twice", "each id once");
            }
        }

        return seen;
    }

    private static void Reference(string path, string id, HashSet<string> known, string what, Action<string, string, string> problem)
    {
        if (!known.Contains(id))
        {
            problem(path, $"'{id}' is not defined", $"{what}: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
        }
    }

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryCode();
}
