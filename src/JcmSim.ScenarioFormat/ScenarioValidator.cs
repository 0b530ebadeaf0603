using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Checks a <see cref="Scenario"/> built in code (records and <c>with</c> expressions), which the YAML
/// reader never saw, against the field catalogue and the reader's rules that relate several values.
/// Each problem reads as the reader's message for the same mistake in a file, without file:line:col.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Every problem of <paramref name="scenario"/>, in scenario order; empty when it is valid.</summary>
    public static IReadOnlyList<ScenarioProblem> Problems(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = new ScenarioProblemList();
        CheckHeading(scenario, problems);
        CheckHorizon(scenario, problems);
        var sectors = Ids(problems, "sectors", "sector", scenario.Sectors.Select(s => s.Id));
        if (scenario.Sectors.Count == 0)
        {
            problems.Add(ScenarioRules.NoSector);
        }

        problems.Add(ScenarioRules.TooMany("sectors", "sectors", scenario.Sectors.Count, ScenarioLimits.MaxSectors));
        var partners = CheckPartners(scenario, problems, sectors);
        var candidates = CheckExpansion(scenario, problems, sectors, partners);
        problems.Add(Whole(scenario.Agreements.ExtensionYears, AgreementFields.ExtensionYears));
        CheckPipeline(scenario, problems);
        var channels = CheckChannels(scenario, problems, sectors, [.. partners, .. candidates]);
        CheckCredits(scenario, problems);
        CheckPortfolio(scenario, problems, partners, candidates, sectors, channels);
        foreach (var parameter in ScenarioParameters.All(scenario))
        {
            problems.Add(Distribution(parameter.Distribution, parameter.Path, ScenarioFields.StudyRange(parameter.Path)));
        }

        StudyChecks.Check(scenario, problems);
        if (problems.Count == 0)
        {
            problems.Add(OpportunityVolume.Check(scenario));
        }

        if (problems.Count == 0)
        {
            problems.Add(Compiles(scenario));
        }

        return problems.All;
    }

    private static void CheckHeading(Scenario scenario, ScenarioProblemList problems)
    {
        if (scenario.Name.Trim().Length == 0)
        {
            problems.Add(new ScenarioProblem(HeadingFields.Name.Path, "expected non-empty text, got an empty string"));
        }
        else if (scenario.Name.Length > ScenarioLimits.MaxTextLength)
        {
            problems.Add(new ScenarioProblem(HeadingFields.Name.Path, $"the text is {scenario.Name.Length:N0} characters long", $"at most {ScenarioLimits.MaxTextLength:N0} characters"));
        }
    }

    private static void CheckHorizon(Scenario scenario, ScenarioProblemList problems)
    {
        var horizon = scenario.Horizon;
        var accounting = scenario.Accounting;
        problems.Add(
            Whole(horizon.FirstYear, HorizonFields.FirstYear),
            Whole(horizon.LastYear, HorizonFields.LastYear),
            ScenarioRules.HorizonOrder(horizon.FirstYear, horizon.LastYear),
            ScenarioRules.HorizonSpan(horizon.FirstYear, horizon.LastYear),
            Whole(accounting.StartYear, HorizonFields.AccountingStartYear),
            ScenarioRules.StartsAfterHorizon(HorizonFields.AccountingStartYear.Path, "accounting", accounting.StartYear, horizon.LastYear));
        if (accounting.Targets.Count == 0)
        {
            problems.Add(new ScenarioProblem("accounting.targets", "expected a non-empty sequence of targets, got an empty list", "e.g. [{fiscalYear: 2030, thresholdMt: 100}]"));
        }

        var first = new Dictionary<int, string>();
        foreach (var (target, i) in accounting.Targets.Select((t, i) => (t, i)))
        {
            var yearPath = $"accounting.targets[{i}].fiscalYear";
            problems.Add(
                FieldCheck.WholeNumber(target.FiscalYear, yearPath, HorizonFields.TargetYear.WholeValues),
                ScenarioRules.TargetYear(yearPath, target.FiscalYear, horizon, accounting.StartYear),
                FieldCheck.Number(target.ThresholdMt, $"accounting.targets[{i}].thresholdMt", HorizonFields.TargetThreshold.Values));
            if (!first.TryAdd(target.FiscalYear, yearPath))
            {
                problems.Add(ScenarioRules.DuplicateTarget(yearPath, target.FiscalYear, first[target.FiscalYear]));
            }
        }
    }

    private static HashSet<string> CheckPartners(Scenario scenario, ScenarioProblemList problems, HashSet<string> sectors)
    {
        if (scenario.Partners.Count == 0)
        {
            problems.Add(ScenarioRules.NoPartner);
        }

        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (partner, i) in scenario.Partners.Select((p, i) => (p, i)))
        {
            var row = $"partners[{i}]";
            problems.Add(
                CountryCode($"{row}.code", "partner", partner.Code, codes),
                FieldCheck.WholeNumber(partner.SigningYear, $"{row}.signingYear", PartnerFields.SigningYear.WholeValues),
                partner.AgreementEndYear is { } end ? FieldCheck.WholeNumber(end, $"{row}.agreementEndYear", PartnerFields.AgreementEndYear.WholeValues) : null,
                ScenarioRules.AgreementEnd($"{row}.agreementEndYear", partner.SigningYear, partner.AgreementEndYear));
            SectorNumbers(problems, $"partners.{partner.Code}.opportunitiesPerYear", partner.OpportunitiesPerYear, sectors, PipelineFields.OpportunitiesPerYear.Values);
        }

        return [.. codes.Keys];
    }

    private static HashSet<string> CheckExpansion(Scenario scenario, ScenarioProblemList problems, HashSet<string> sectors, HashSet<string> partners)
    {
        var expansion = scenario.Expansion;
        problems.Add(
            Whole(expansion.StartYear, ExpansionFields.StartYear),
            ExpansionReader.ExpansionStartsLate(expansion.StartYear, scenario.Horizon.LastYear),
            expansion.AgreementTermYears is { } term ? Whole(term, ExpansionFields.AgreementTermYears) : null);
        SectorNumbers(problems, "expansion.newPartnerOpportunitiesPerYear", expansion.NewPartnerOpportunitiesPerYear, sectors, ExpansionFields.NewPartnerOpportunitiesPerYear.Values);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (candidate, i) in expansion.Candidates.Select((c, i) => (c, i)))
        {
            var row = $"expansion.candidates[{i}]";
            problems.Add(
                partners.Contains(candidate.Code) ? ScenarioRules.CandidateIsPartner($"{row}.code", candidate.Code) : CountryCode($"{row}.code", "candidate", candidate.Code, codes),
                FieldCheck.Number(candidate.Weight, $"{row}.weight", ExpansionFields.Weight.Values));
        }

        return [.. codes.Keys];
    }

    private static void CheckPipeline(Scenario scenario, ScenarioProblemList problems)
    {
        var pipeline = scenario.Pipeline;
        problems.Add(
            Whole(pipeline.BaseYear, PipelineFields.BaseYear),
            Whole(pipeline.FinanceResponseLagYears, PipelineFields.FinanceResponseLagYears),
            FieldCheck.Number(pipeline.CityToCityShare, PipelineFields.CityToCityShare.Path, PipelineFields.CityToCityShare.Values),
            FieldCheck.Number(pipeline.MaturityReferenceProjects, PipelineFields.MaturityReferenceProjects.Path, PipelineFields.MaturityReferenceProjects.Values));
    }

    private static HashSet<string> CheckChannels(Scenario scenario, ScenarioProblemList problems, HashSet<string> sectors, HashSet<string> countries)
    {
        problems.Add(ScenarioRules.TooMany("channels", "channels", scenario.Channels.Count, ScenarioLimits.MaxChannels));
        var ids = Ids(problems, "channels", "channel", scenario.Channels.Select(c => c.Id));
        foreach (var channel in scenario.Channels)
        {
            var path = $"channels.{channel.Id}";
            YearPath(problems, $"{path}.annualBudgetJpy", channel.AnnualBudgetJpy, ChannelFields.AnnualBudgetJpy.Values);
            if (channel.FirstYear != 0)
            {
                problems.Add(
                    FieldCheck.WholeNumber(channel.FirstYear, $"{path}.firstYear", ChannelFields.FirstYear.WholeValues),
                    ChannelsReader.ChannelStartsLate($"{path}.firstYear", channel.FirstYear, scenario.Horizon.LastYear));
            }

            foreach (var (sector, i) in channel.Sectors.Select((s, i) => (s, i)))
            {
                problems.Add(sectors.Contains(sector) ? null : ScenarioRules.UnknownId($"{path}.sectors[{i}]", "sector", sector, sectors));
            }

            foreach (var (country, i) in channel.Countries.Select((c, i) => (c, i)))
            {
                problems.Add(countries.Contains(country) ? null : ScenarioRules.UnknownCountry($"{path}.countries[{i}]", country, [.. countries]));
            }

            if (channel is PublicProgrammeChannel programme)
            {
                problems.Add(
                    FieldCheck.Number(programme.PerProjectCapJpy, $"{path}.perProjectCapJpy", ChannelFields.PerProjectCapJpy.Values),
                    programme.MaxSubsidyJpyPerTco2 is { } cap ? FieldCheck.Number(cap, $"{path}.maxSubsidyJpyPerTco2", ChannelFields.MaxSubsidyJpyPerTco2.Values) : null,
                    FieldCheck.Number(programme.MinimumJapanCreditShare, $"{path}.minimumJapanCreditShare", ChannelFields.MinimumJapanCreditShare.Values));
            }
        }

        return ids;
    }

    private static void CheckCredits(Scenario scenario, ScenarioProblemList problems)
    {
        var credits = scenario.Credits;
        var price = scenario.CreditPrice;
        problems.Add(
            Whole(credits.IssuanceLagYears, CreditFields.IssuanceLagYears),
            FieldCheck.Number(credits.OmgeCancellationShare, CreditFields.OmgeCancellationShare.Path, CreditFields.OmgeCancellationShare.Values),
            FieldCheck.Number(price.Persistence, CreditFields.Persistence.Path, CreditFields.Persistence.Values));
        YearPath(problems, CreditFields.TrendJpyPerTco2.Path, price.TrendJpyPerTco2, CreditFields.TrendJpyPerTco2.Values);
    }

    private static void CheckPortfolio(Scenario scenario, ScenarioProblemList problems, HashSet<string> partners, HashSet<string> candidates, HashSet<string> sectors, HashSet<string> channels)
    {
        problems.Add(PortfolioReader.TooManyCohorts(scenario.ExistingPortfolio.Count));
        var signed = scenario.Partners.GroupBy(p => p.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().SigningYear, StringComparer.Ordinal);
        var first = new Dictionary<(string, string, string, int), string>();
        foreach (var (cohort, i) in scenario.ExistingPortfolio.Select((c, i) => (c, i)))
        {
            var row = $"existingPortfolio[{i}]";
            problems.Add(
                candidates.Contains(cohort.Country) ? ScenarioRules.CandidateNotPartner($"{row}.country", cohort.Country, "an existing cohort")
                    : partners.Contains(cohort.Country) ? null : ScenarioRules.UnknownId($"{row}.country", "partner", cohort.Country, partners),
                sectors.Contains(cohort.Sector) ? null : ScenarioRules.UnknownId($"{row}.sector", "sector", cohort.Sector, sectors),
                channels.Contains(cohort.Channel) ? null : ScenarioRules.UnknownId($"{row}.channel", "channel", cohort.Channel, channels),
                FieldCheck.WholeNumber(cohort.Projects, $"{row}.projects", PortfolioFields.Projects.WholeValues),
                FieldCheck.WholeNumber(cohort.StartYear, $"{row}.startYear", PortfolioFields.StartYear.WholeValues),
                FieldCheck.Number(cohort.SizeTco2PerYear, $"{row}.sizeTco2PerYear", PortfolioFields.SizeTco2PerYear.Values),
                FieldCheck.WholeNumber(cohort.CreditingYears, $"{row}.creditingYears", PortfolioFields.CreditingYears.WholeValues),
                signed.TryGetValue(cohort.Country, out var year) ? ScenarioRules.CohortBeforeSigning($"{row}.startYear", cohort.StartYear, cohort.Country, year) : null,
                ScenarioRules.StartsAfterHorizon($"{row}.startYear", "the cohort", cohort.StartYear, scenario.Horizon.LastYear));
            var key = (cohort.Country, cohort.Sector, cohort.Channel, cohort.StartYear);
            if (!first.TryAdd(key, row))
            {
                problems.Add(PortfolioReader.DuplicateCohort(row, key, first[key]));
            }
        }
    }

    // The ids of one kind, each a valid identifier and defined once.
    private static HashSet<string> Ids(ScenarioProblemList problems, string section, string kind, IEnumerable<string> ids)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var path = $"{section}.{id}";
            if (!ValueReader.IsIdentifier(id))
            {
                problems.Add(new ScenarioProblem(path, $"'{ValueReader.Shorten(id)}' is not a valid identifier", ValueReader.IdentifierRule));
            }
            else if (!first.TryAdd(id, path))
            {
                problems.Add(ScenarioRules.DuplicateId(path, kind, id, first[id]));
            }
        }

        return [.. first.Keys];
    }

    // A partner's or candidate's code (`kind`): valid, assigned, not Japan, once; `first` holds where each code was first.
    private static ScenarioProblem? CountryCode(string path, string kind, string code, Dictionary<string, string> first) =>
        ScenarioRules.CountryCode(path, code) ?? (first.TryAdd(code, path) ? null : ScenarioRules.DuplicateId(path, kind, code, first[code]));

    // Numbers by sector id: each id a sector, each number in range.
    private static void SectorNumbers(ScenarioProblemList problems, string path, IReadOnlyDictionary<string, double> bySector, HashSet<string> sectors, ValueRange range)
    {
        foreach (var (sector, value) in bySector)
        {
            var entry = $"{path}.{sector}";
            problems.Add(sectors.Contains(sector) ? null : ScenarioRules.UnknownId(entry, "sector", sector, sectors), FieldCheck.Number(value, entry, range));
        }
    }

    // A year path as the reader names its values: the field for a constant, field.year for each point.
    private static void YearPath(ScenarioProblemList problems, string path, YearPath values, ValueRange range)
    {
        if (values.Points.Count == 0)
        {
            problems.Add(new ScenarioProblem(path, "a year path needs at least one year", "e.g. {2026: 1.2e10}"));
        }

        var constant = values.Points.Count == 1 && values.Points[0] == JcmSim.Model.Scenarios.YearPath.Constant(values.Points[0].Value).Points[0];
        foreach (var point in values.Points)
        {
            problems.Add(FieldCheck.Number(point.Value, constant ? path : $"{path}.{point.FiscalYear}", range));
        }
    }

    private static ScenarioProblem? Whole(int value, ScenarioField field) => FieldCheck.WholeNumber(value, field.Path, field.WholeValues);

    /// <summary>The problem of a distribution in code: a mean that is not finite, or a support outside the field's range.</summary>
    internal static ScenarioProblem? Distribution(Distribution distribution, string path, ValueRange range) =>
        double.IsFinite(distribution.Mean)
            ? FieldCheck.Distribution(distribution, path, range)
            : new(path, $"{distribution.Describe()} has no finite mean", "a distribution with a finite mean");

    // Rules of the model the format cannot state (a last line of defence for records built by hand).
    private static ScenarioProblem? Compiles(Scenario scenario)
    {
        try
        {
            _ = new CompiledScenario(scenario);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return new("", $"the model cannot be set up from it: {e.Message}", "a scenario whose references all resolve");
        }
    }
}
