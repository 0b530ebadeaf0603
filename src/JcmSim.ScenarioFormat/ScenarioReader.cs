using JcmSim.Model.Scenarios;
using JcmSim.Model.Countries;
using JcmSim.Model.Distributions;
using JcmSim.Model.Credits;
using JcmSim.Model.Market;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Turns the merged scenario tree into a <see cref="Scenario"/>, checking types, ranges and
/// cross-references. Sections are read in dependency order (sectors and countries before the
/// sections that refer to them); every problem is recorded and reading goes on.
/// </summary>
internal sealed class ScenarioReader(LoadContext context)
{
    internal static readonly string[] RootKeys =
    [
        "name", "title", "question", "description", "horizon", "accounting", "sectors", "partners",
        "countryDefaults", "countryOverrides", "expansion", "agreements", "pipeline", "channels",
        "credits", "creditPrice", "existingPortfolio", "uncertainties", "correlations", "observations",
    ];

    private readonly IdRegistry _sectors = new("sector");
    private readonly CountryIds _countries = new(context);
    private readonly IdRegistry _channels = new("channel");

    /// <summary>The scenario, or null when any error was recorded.</summary>
    public Scenario? Read(SourceMap root)
    {
        var reader = MapReader.Open(root, "", context, RootKeys)!;
        var name = reader.Text("name", required: false) ?? Path.GetFileNameWithoutExtension(context.Root.DisplayPath);
        var title = reader.Localized("title", required: false) ?? new LocalizedText(name);
        var question = reader.Localized("question", required: false) ?? new LocalizedText("");
        var horizon = ReadHorizon(reader);
        var accounting = ReadAccounting(reader, horizon);
        var sectors = new SectorsReader(context, _sectors).Read(reader);
        var partnerRows = new PartnersReader(context, _countries).Read(reader);
        var parameters = new CountryParametersReader(context, _countries);
        var defaults = parameters.ReadDefaults(reader);
        var overrides = parameters.ReadOverrides(reader);
        var expansion = new ExpansionReader(context, _sectors, _countries).Read(reader, defaults, horizon);
        var agreements = ReadAgreements(reader);
        var (pipeline, opportunities, emissions) = new PipelineReader(context, _sectors, _countries).Read(reader);
        var channels = new ChannelsReader(context, _sectors, _countries.Partners, _countries.Candidates, _channels).Read(reader, horizon);
        var credits = ReadCredits(reader);
        var creditPrice = ReadCreditPrice(reader);
        var portfolio = new PortfolioReader(context, _sectors, _channels, _countries).Read(reader, horizon);
        var observations = new ObservationsReader(context).Read(reader);
        if (context.ErrorCount > 0)
        {
            return null;
        }

        var scenario = new Scenario
        {
            Name = name,
            Title = title,
            Question = question,
            Horizon = Must(horizon),
            Accounting = Must(accounting),
            Sectors = Must(sectors),
            Partners = BuildPartners(partnerRows, Must(defaults), overrides, opportunities),
            Expansion = Must(expansion),
            Agreements = Must(agreements),
            Pipeline = Must(pipeline),
            Channels = Must(channels),
            Credits = Must(credits),
            CreditPrice = Must(creditPrice),
            ExistingPortfolio = portfolio,
            Observations = observations,
            NationalEmissions = emissions,
        };
        if (OpportunityVolume.Check(scenario) is { } runaway)
        {
            context.Error(reader.Get("pipeline")!.Position, runaway);
        }

        scenario = new StudyInputsReader(context).Read(reader, scenario);
        return context.ErrorCount > 0 ? null : scenario;
    }

    // With no error recorded every required value is present; anything else is a loader bug.
    private static T Must<T>(T? value)
        where T : class =>
        value ?? throw new InvalidOperationException($"Scenario loader bug: a {typeof(T).Name} is missing but no error was recorded.");

    private static T Must<T>(T? value)
        where T : struct =>
        value ?? throw new InvalidOperationException($"Scenario loader bug: a {typeof(T).Name} is missing but no error was recorded.");

    private SimulationHorizon? ReadHorizon(MapReader root)
    {
        var horizon = root.Nested("horizon", ["firstYear", "lastYear"]);
        if (horizon is null)
        {
            return null;
        }

        var first = horizon.WholeNumber(HorizonFields.FirstYear);
        var last = horizon.WholeNumber(HorizonFields.LastYear);
        if (first is not { } a || last is not { } b)
        {
            return null;
        }

        if (ScenarioRules.HorizonOrder(a, b) is { } backwards)
        {
            context.Error(horizon.Get("firstYear")!.Position, backwards);
            return null;
        }

        if (ScenarioRules.HorizonSpan(a, b) is { } tooLong)
        {
            context.Error(horizon.Get("lastYear")!.Position, tooLong);
            return null;
        }

        return new SimulationHorizon(a, b);
    }

    private AccountingRules? ReadAccounting(MapReader root, SimulationHorizon? horizon)
    {
        var accounting = root.Nested("accounting", ["startYear", "reading", "targets"]);
        if (accounting is null)
        {
            return null;
        }

        var start = accounting.WholeNumber(HorizonFields.AccountingStartYear);
        var reading = accounting.Enum<TargetReading>(HorizonFields.Reading.Key, required: false);
        if (start is { } s && horizon is not null && ScenarioRules.StartsAfterHorizon(accounting.PathOf("startYear"), "accounting", s, horizon.LastYear) is { } late)
        {
            context.Error(accounting.Get("startYear")!.Position, late);
        }

        var targetsNode = accounting.Get("targets");
        if (targetsNode is null)
        {
            return null;
        }

        if (targetsNode is not SourceSequence sequence || sequence.Items.Count == 0)
        {
            context.Error(targetsNode.Position, accounting.PathOf("targets"), $"expected a non-empty sequence of targets, got {targetsNode.Describe()}", "e.g. [{fiscalYear: 2030, thresholdMt: 100}]");
            return null;
        }

        var targets = new List<ReductionTarget>();
        var years = new Dictionary<int, SourcePosition>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var target = MapReader.Open(sequence.Items[i], $"{accounting.PathOf("targets")}[{i}]", context, ["fiscalYear", "thresholdMt"]);
            var year = target?.WholeNumber(HorizonFields.TargetYear);
            var threshold = target?.Number(HorizonFields.TargetThreshold);
            if (target is null || year is not { } y || threshold is not { } t)
            {
                continue;
            }

            var yearNode = target.Get("fiscalYear")!;
            var yearPath = target.PathOf("fiscalYear");
            if (ScenarioRules.TargetYear(yearPath, y, horizon, start) is { } outside)
            {
                context.Error(yearNode.Position, outside);
            }

            if (years.TryGetValue(y, out var first))
            {
                context.Error(yearNode.Position, ScenarioRules.DuplicateTarget(yearPath, y, first.ToString()));
                continue;
            }

            years.Add(y, yearNode.Position);
            targets.Add(new ReductionTarget(y, t));
        }

        return start is { } startYear
            ? new AccountingRules(startYear, [.. targets.OrderBy(t => t.FiscalYear)]) { Reading = reading ?? TargetReading.RealisedReductions }
            : null;
    }

    private AgreementPolicy? ReadAgreements(MapReader root)
    {
        var agreements = root.Nested("agreements", ["extensionProbability", "extensionYears", "issuanceContinuesAfterLapse"]);
        if (agreements is null)
        {
            return null;
        }

        var probability = agreements.Uncertain(AgreementFields.ExtensionProbability);
        var years = agreements.WholeNumber(AgreementFields.ExtensionYears);
        var continues = agreements.Boolean("issuanceContinuesAfterLapse");
        return probability is null || years is null
            ? null
            : new AgreementPolicy { ExtensionProbability = probability, ExtensionYears = years.Value, IssuanceContinuesAfterLapse = continues ?? true };
    }

    private CreditRules? ReadCredits(MapReader root)
    {
        var credits = root.Nested("credits", [.. CreditFields.Credits.Select(f => f.Key)]);
        if (credits is null)
        {
            return null;
        }

        var factor = credits.Uncertain(CreditFields.ConservativenessFactor);
        var lag = credits.WholeNumber(CreditFields.IssuanceLagYears);
        var allocation = credits.Enum<AllocationPolicyKind>("allocation");
        var fixedShare = credits.Uncertain(CreditFields.FixedJapanShare);
        var omge = credits.Number(CreditFields.OmgeCancellationShare);
        var countOutside = credits.Boolean(CreditFields.CountReductionsOutsideFramework.Key);
        var registrationLag = credits.Uncertain(CreditFields.RegistrationLagYears);
        var firstPeriod = credits.Uncertain(CreditFields.FirstMonitoringPeriodYears);
        var period = credits.Uncertain(CreditFields.MonitoringPeriodYears);
        var request = credits.Uncertain(CreditFields.RequestProbability);
        if (factor is null || lag is null || allocation is null)
        {
            return null;
        }

        var rules = new CreditRules { ConservativenessFactor = factor, IssuanceLagYears = lag.Value, Allocation = allocation.Value, OmgeCancellationShare = omge ?? 0, CountReductionsOutsideFramework = countOutside ?? false };
        rules = rules with
        {
            RegistrationLagYears = registrationLag ?? rules.RegistrationLagYears,
            FirstMonitoringPeriodYears = firstPeriod ?? rules.FirstMonitoringPeriodYears,
            MonitoringPeriodYears = period ?? rules.MonitoringPeriodYears,
            RequestProbability = request ?? rules.RequestProbability,
        };
        return fixedShare is null ? rules : rules with { FixedJapanShare = fixedShare };
    }

    private CreditPriceModel? ReadCreditPrice(MapReader root)
    {
        var price = root.Nested("creditPrice", ["trendJpyPerTco2", "volatility", "persistence"]);
        if (price is null)
        {
            return null;
        }

        var trend = price.OverYears(CreditFields.TrendJpyPerTco2);
        var volatility = price.Uncertain(CreditFields.Volatility);
        var persistence = price.Number(CreditFields.Persistence);
        if (trend is null || volatility is null)
        {
            return null;
        }

        var model = new CreditPriceModel { TrendJpyPerTco2 = trend, Volatility = volatility };
        return persistence is { } phi ? model with { Persistence = phi } : model;
    }

    private List<PartnerCountry> BuildPartners(
        List<PartnerRow> rows,
        CountryParameters defaults,
        Dictionary<string, (Distribution? Lag, Distribution? Retention, Distribution? Premium)> overrides,
        Dictionary<string, Dictionary<string, double>> opportunities)
    {
        var sectorOrder = _sectors.Ids.ToList();
        var partners = new List<PartnerCountry>(rows.Count);
        foreach (var row in rows)
        {
            overrides.TryGetValue(row.Code, out var own);
            var bySector = opportunities.GetValueOrDefault(row.Code) ?? [];

            // Sector order, not file order, so the same data always gives the same scenario.
            var ordered = new Dictionary<string, double>();
            foreach (var sector in sectorOrder.Where(bySector.ContainsKey))
            {
                ordered[sector] = bySector[sector];
            }

            partners.Add(new PartnerCountry
            {
                Code = row.Code,
                Name = row.Name,
                Region = row.Region,
                SigningYear = row.SigningYear,
                AgreementEndYear = row.AgreementEndYear,
                Article6ReadinessLagYears = own.Lag ?? defaults.ReadinessLagYears,
                HostRetentionShare = own.Retention ?? defaults.HostRetentionShare,
                CountryRiskPremium = own.Premium ?? defaults.CountryRiskPremium,
                OpportunitiesPerYear = ordered,
            });
        }

        return partners;
    }
}
