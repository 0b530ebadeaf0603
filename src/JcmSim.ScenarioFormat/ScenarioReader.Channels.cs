using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Finance;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>The <c>channels</c> section: public programmes and private investor archetypes.</summary>
internal sealed partial class ScenarioReader
{
    internal static readonly string[] ChannelKinds = ["public", "private"];
    internal static readonly string[] Programmes = ["ministry", "internationalOrganisation"];

    internal static readonly string[] CommonChannelKeys = [.. ChannelFields.Common.Select(f => f.Key)];
    internal static readonly string[] PublicChannelKeys = [.. ChannelFields.Public.Select(f => f.Key)];
    internal static readonly string[] PrivateChannelKeys = [.. ChannelFields.Private.Select(f => f.Key)];

    private List<FinanceChannel>? ReadChannels(MapReader root, SimulationHorizon? horizon)
    {
        var node = root.Get("channels");
        if (node is null)
        {
            _channels.Complete = false;
            return null;
        }

        var items = KeyedItems(node, "channels");
        if (node is not (SourceMap or SourceSequence))
        {
            _channels.Complete = false;
            return null;
        }

        if (ScenarioRules.TooMany("channels", "channels", items.Count, ScenarioLimits.MaxChannels) is { } tooMany)
        {
            context.Error(node.Position, tooMany);
            _channels.Complete = false;
            return null;
        }

        var channels = new List<FinanceChannel>();
        foreach (var item in items)
        {
            if (item.Id is not null)
            {
                _channels.Add(item.Id, item.IdNode.Position, item.IdInBody ? item.Path + ".id" : item.Path, context);
            }

            if (ReadChannel(item, horizon) is { } channel)
            {
                channels.Add(channel);
            }
        }

        return channels;
    }

    private FinanceChannel? ReadChannel(KeyedItem item, SimulationHorizon? horizon)
    {
        var kindEntry = (item.Body as SourceMap)?.Find("kind");
        var kind = kindEntry is null ? null : ValueReader.Choice(kindEntry.Value, item.Path + ".kind", ChannelKinds, context);
        if (item.Body is SourceMap && kindEntry is null)
        {
            context.Error(item.Body.Position, item.Path + ".kind", "required key is missing", string.Join(", ", ChannelKinds));
        }

        // Keys of the other kind get a message of their own rather than "unknown key".
        var own = kind == "private" ? PrivateChannelKeys : PublicChannelKeys;
        var other = kind == "private" ? PublicChannelKeys : PrivateChannelKeys;
        if (kind is not null && item.Body is SourceMap body)
        {
            foreach (var entry in body.Entries.Where(e => other.Contains(e.Key.Value)))
            {
                context.Error(entry.Key.Position, $"{item.Path}.{entry.Key.Value}", $"'{entry.Key.Value}' applies to {(kind == "private" ? "public" : "private")} channels only; this channel is {kind}", string.Join(", ", own));
            }
        }

        string[] keys = [.. item.IdInBody ? ["id"] : Array.Empty<string>(), .. CommonChannelKeys, .. PublicChannelKeys, .. PrivateChannelKeys];
        var channel = MapReader.Open(item.Body, item.Path, context, keys);
        if (channel is null)
        {
            return null;
        }

        var name = channel.Localized("name", required: false);
        var budget = channel.OverYears(ChannelFields.AnnualBudgetJpy);
        var multiplier = channel.Uncertain(ChannelFields.BudgetMultiplier);
        var japanShare = channel.Uncertain(ChannelFields.JapanContributionShare);
        var firstYear = channel.WholeNumber(ChannelFields.FirstYear);
        if (firstYear is { } from && horizon is not null && ChannelStartsLate(channel.PathOf("firstYear"), from, horizon.LastYear) is { } late)
        {
            context.Error(channel.Get("firstYear")!.Position, late);
        }

        var sectors = channel.TextList("sectors") ?? [];
        var countries = channel.TextList("countries") ?? [];
        foreach (var (sector, node, path) in sectors)
        {
            _sectors.Check(sector, node.Position, path, context);
        }

        foreach (var (country, node, path) in countries)
        {
            CountryReference(country, node.Position, path);
        }

        FinanceChannel? result = null;
        if (kind == "public")
        {
            var programme = channel.Choice("programme", Programmes, required: false);
            var ratioCap = channel.Uncertain(ChannelFields.SubsidyRatioCap);
            var projectCap = channel.Number(ChannelFields.PerProjectCapJpy);
            var perTonneCap = channel.Number(ChannelFields.MaxSubsidyJpyPerTco2);
            var hurdle = channel.Uncertain(ChannelFields.ParticipantHurdleRate);
            if (item.Id is not null && budget is not null && japanShare is not null && ratioCap is not null && projectCap is not null && hurdle is not null)
            {
                result = new PublicProgrammeChannel
                {
                    Id = item.Id,
                    Name = name ?? new LocalizedText(item.Id),
                    AnnualBudgetJpy = budget,
                    BudgetMultiplier = multiplier ?? Distribution.Fixed(1),
                    JapanContributionShare = japanShare,
                    Programme = programme ?? "ministry",
                    SubsidyRatioCap = ratioCap,
                    PerProjectCapJpy = projectCap.Value,
                    MaxSubsidyJpyPerTco2 = perTonneCap,
                    ParticipantHurdleRate = hurdle,
                };
            }
        }
        else if (kind == "private")
        {
            var archetype = channel.Identifier("archetype");
            var hurdle = channel.Uncertain(ChannelFields.HurdleRate);
            var expectation = channel.Uncertain(ChannelFields.CreditPriceExpectationFactor);
            var revenueShare = channel.Uncertain(ChannelFields.CreditRevenueShare);
            if (item.Id is not null && budget is not null && japanShare is not null && archetype is not null && hurdle is not null && expectation is not null && revenueShare is not null)
            {
                result = new PrivateInvestorChannel
                {
                    Id = item.Id,
                    Name = name ?? new LocalizedText(item.Id),
                    AnnualBudgetJpy = budget,
                    BudgetMultiplier = multiplier ?? Distribution.Fixed(1),
                    JapanContributionShare = japanShare,
                    Archetype = archetype,
                    HurdleRate = hurdle,
                    CreditPriceExpectationFactor = expectation,
                    CreditRevenueShare = revenueShare,
                };
            }
        }

        if (result is null || (channel.Has("budgetMultiplier") && multiplier is null))
        {
            return null;
        }

        return result with
        {
            Sectors = [.. sectors.Select(s => s.Value)],
            Countries = [.. countries.Select(c => c.Value)],
            FirstYear = firstYear ?? 0,
        };
    }

    // A channel may target partners or candidates (money waiting for a country to sign).
    private void CountryReference(string code, SourcePosition at, string path)
    {
        if (!_partners.Complete || !_candidates.Complete || _partners.Contains(code) || _candidates.Contains(code))
        {
            return;
        }

        context.Error(at, ScenarioRules.UnknownCountry(path, code, [.. _partners.Ids, .. _candidates.Ids]));
    }

    /// <summary>A channel that starts after the horizon and so would fund nothing.</summary>
    internal static ScenarioProblem? ChannelStartsLate(string path, int firstYear, int lastYear) =>
        ScenarioRules.StartsAfterHorizon(path, "the channel", firstYear, lastYear, ", so it would fund nothing", ", or remove the channel");
}
