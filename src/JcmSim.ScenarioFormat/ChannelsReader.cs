using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Finance;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Reads the <c>channels</c> section (public programmes and private investor archetypes),
/// registering each channel's id and checking its sectors and countries against those defined.
/// </summary>
internal sealed class ChannelsReader(LoadContext context, IdRegistry sectors, IdRegistry partners, IdRegistry candidates, IdRegistry channels)
{
    internal static readonly string[] ChannelKinds = ["public", "private"];
    internal static readonly string[] Programmes = [PublicProgrammeChannel.MinistryProgramme, PublicProgrammeChannel.InternationalOrganisationProgramme];

    internal static readonly string[] CommonChannelKeys = [.. ChannelFields.Common.Select(f => f.Key)];
    internal static readonly string[] PublicChannelKeys = [.. ChannelFields.Public.Select(f => f.Key)];
    internal static readonly string[] PrivateChannelKeys = [.. ChannelFields.Private.Select(f => f.Key)];

    /// <summary>The channels under <paramref name="root"/> in picking order, or null when the section cannot be read.</summary>
    public List<FinanceChannel>? Read(MapReader root, SimulationHorizon? horizon)
    {
        var node = root.Get("channels");
        if (node is null)
        {
            channels.Complete = false;
            return null;
        }

        var items = KeyedItems.Read(node, "channels", context);
        if (node is not (SourceMap or SourceSequence))
        {
            channels.Complete = false;
            return null;
        }

        if (ScenarioRules.TooMany("channels", "channels", items.Count, ScenarioLimits.MaxChannels) is { } tooMany)
        {
            context.Error(node.Position, tooMany);
            channels.Complete = false;
            return null;
        }

        var read = new List<FinanceChannel>();
        foreach (var item in items)
        {
            if (item.Id is not null)
            {
                channels.Add(item.Id, item.IdNode.Position, item.IdInBody ? item.Path + ".id" : item.Path, context);
            }

            if (ReadChannel(item, horizon) is { } channel)
            {
                read.Add(channel);
            }
        }

        return read;
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

        var sectorIds = channel.TextList("sectors") ?? [];
        var countryCodes = channel.TextList("countries") ?? [];
        foreach (var (sector, node, path) in sectorIds)
        {
            sectors.Check(sector, node.Position, path, context);
        }

        foreach (var (country, node, path) in countryCodes)
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
            var floor = channel.Number(ChannelFields.MinimumJapanCreditShare);
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
                    Programme = programme ?? PublicProgrammeChannel.MinistryProgramme,
                    SubsidyRatioCap = ratioCap,
                    PerProjectCapJpy = projectCap.Value,
                    MaxSubsidyJpyPerTco2 = perTonneCap,
                    MinimumJapanCreditShare = floor ?? 0,
                    ParticipantHurdleRate = hurdle,
                };
            }
        }
        else if (kind == "private")
        {
            var archetype = channel.Identifier("archetype");
            var hurdle = channel.Uncertain(ChannelFields.HurdleRate);
            var expectation = channel.Uncertain(ChannelFields.CreditPriceExpectationFactor);
            var authorisation = channel.Uncertain(ChannelFields.AuthorisationRisk);
            if (item.Id is not null && budget is not null && japanShare is not null && archetype is not null && hurdle is not null && expectation is not null
                && (authorisation is not null || !channel.Has("authorisationRisk")))
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
                    AuthorisationRisk = authorisation ?? Distribution.Fixed(0),
                };
            }
        }

        if (result is null || (channel.Has("budgetMultiplier") && multiplier is null))
        {
            return null;
        }

        return result with
        {
            Sectors = [.. sectorIds.Select(s => s.Value)],
            Countries = [.. countryCodes.Select(c => c.Value)],
            FirstYear = firstYear ?? 0,
        };
    }

    // A channel may target partners or candidates (money waiting for a country to sign).
    private void CountryReference(string code, SourcePosition at, string path)
    {
        if (!partners.Complete || !candidates.Complete || partners.Contains(code) || candidates.Contains(code))
        {
            return;
        }

        context.Error(at, ScenarioRules.UnknownCountry(path, code, [.. partners.Ids, .. candidates.Ids]));
    }

    /// <summary>A channel that starts after the horizon and so would fund nothing.</summary>
    internal static ScenarioProblem? ChannelStartsLate(string path, int firstYear, int lastYear) =>
        ScenarioRules.StartsAfterHorizon(path, "the channel", firstYear, lastYear, ", so it would fund nothing", ", or remove the channel");
}
