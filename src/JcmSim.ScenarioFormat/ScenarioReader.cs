using JcmSim.Model.Scenarios;
using JcmSim.Model.Countries;
using JcmSim.Model.Credits;
using JcmSim.Model.Market;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Turns the merged scenario tree into a <see cref="Scenario"/>, checking types, ranges and
/// cross-references. Sections are read in dependency order (sectors and countries before the
/// sections that refer to them); every problem is recorded and reading goes on.
/// </summary>
internal sealed partial class ScenarioReader(LoadContext context)
{
    internal static readonly string[] RootKeys =
    [
        "name", "title", "question", "description", "horizon", "accounting", "sectors", "partners",
        "countryDefaults", "countryOverrides", "expansion", "agreements", "pipeline", "channels",
        "credits", "creditPrice", "existingPortfolio", "uncertainties", "correlations",
    ];

    private readonly IdRegistry _sectors = new("sector");
    private readonly IdRegistry _partners = new("partner");
    private readonly IdRegistry _candidates = new("candidate");
    private readonly IdRegistry _channels = new("channel");
    private readonly Dictionary<string, int> _signingYears = [];

    /// <summary>The scenario, or null when any error was recorded.</summary>
    public Scenario? Read(SourceMap root)
    {
        var reader = MapReader.Open(root, "", context, RootKeys)!;
        var name = reader.Text("name", required: false) ?? Path.GetFileNameWithoutExtension(context.Root.DisplayPath);
        var title = reader.Localized("title", required: false) ?? new LocalizedText(name);
        var question = reader.Text("question", required: false) ?? "";
        var horizon = ReadHorizon(reader);
        var accounting = ReadAccounting(reader, horizon);
        var sectors = ReadSectors(reader);
        var partnerRows = ReadPartnerRows(reader);
        var defaults = ReadCountryDefaults(reader);
        var overrides = ReadCountryOverrides(reader);
        var expansion = ReadExpansion(reader, defaults, horizon);
        var agreements = ReadAgreements(reader);
        var (pipeline, opportunities) = ReadPipeline(reader);
        var channels = ReadChannels(reader, horizon);
        var credits = ReadCredits(reader);
        var creditPrice = ReadCreditPrice(reader);
        var portfolio = ReadPortfolio(reader, horizon);
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
        };
        if (OpportunityVolume.Check(scenario) is { } runaway)
        {
            context.Error(reader.Get("pipeline")!.Position, runaway);
        }

        scenario = ReadStudyInputs(reader, scenario);
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
        var accounting = root.Nested("accounting", ["startYear", "targets"]);
        if (accounting is null)
        {
            return null;
        }

        var start = accounting.WholeNumber(HorizonFields.AccountingStartYear);
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

        return start is { } startYear ? new AccountingRules(startYear, [.. targets.OrderBy(t => t.FiscalYear)]) : null;
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
        var credits = root.Nested("credits", ["conservativenessFactor", "issuanceLagYears", "allocation", "fixedJapanShare", "omgeCancellationShare"]);
        if (credits is null)
        {
            return null;
        }

        var factor = credits.Uncertain(CreditFields.ConservativenessFactor);
        var lag = credits.WholeNumber(CreditFields.IssuanceLagYears);
        var allocation = credits.Enum<AllocationPolicyKind>("allocation");
        var fixedShare = credits.Uncertain(CreditFields.FixedJapanShare);
        var omge = credits.Number(CreditFields.OmgeCancellationShare);
        if (factor is null || lag is null || allocation is null)
        {
            return null;
        }

        var rules = new CreditRules { ConservativenessFactor = factor, IssuanceLagYears = lag.Value, Allocation = allocation.Value, OmgeCancellationShare = omge ?? 0 };
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

    /// <summary>
    /// The entries of a collection given either as a sequence of mappings with an <c>id</c> key or
    /// as a mapping from id to body (which lets a variant override one field of one entry).
    /// </summary>
    private List<KeyedItem> KeyedItems(SourceNode node, string path)
    {
        var items = new List<KeyedItem>();
        switch (node)
        {
            case SourceMap map:
                foreach (var entry in map.Entries)
                {
                    var itemPath = $"{path}.{entry.Key.Value}";
                    var id = ValueReader.Identifier(entry.Key, itemPath, context);
                    items.Add(new KeyedItem(id, entry.Key, entry.Value, itemPath, IdInBody: false));
                }

                break;
            case SourceSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var itemPath = $"{path}[{i}]";
                    var body = sequence.Items[i];
                    var idEntry = (body as SourceMap)?.Find("id");
                    string? id = null;
                    if (body is SourceMap && idEntry is null)
                    {
                        context.Error(body.Position, itemPath + ".id", "required key is missing");
                    }
                    else if (idEntry is not null)
                    {
                        id = ValueReader.Identifier(idEntry.Value, itemPath + ".id", context);
                    }

                    items.Add(new KeyedItem(id, idEntry?.Value ?? body, body, itemPath, IdInBody: true));
                }

                break;
            default:
                context.Error(node.Position, path, $"expected a mapping of id to entry, or a sequence of entries with 'id', got {node.Describe()}");
                break;
        }

        return items;
    }

    /// <summary>One entry of a keyed collection.</summary>
    private sealed record KeyedItem(string? Id, SourceNode IdNode, SourceNode Body, string Path, bool IdInBody);
}
