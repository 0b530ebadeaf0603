using System.Text.Json;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>
/// What the charts need to name things of one scenario: its title, years, and the display names of
/// its channels, sectors and countries. Read leniently from the resolved scenario JSON of
/// manifest.json, so result folders stay chartable when the scenario format gains fields.
/// </summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Title">Title in English and Japanese.</param>
/// <param name="FirstSimulatedYear">First simulated fiscal year (<c>horizon.firstYear</c>); earlier years are history.</param>
/// <param name="AccountingStartYear">First fiscal year counted toward the targets.</param>
/// <param name="Channels">Finance channel names by id, in scenario order.</param>
/// <param name="Sectors">Sector names by id, in scenario order.</param>
/// <param name="Countries">Country names by ISO 3166 alpha-3 code: partners, then candidates.</param>
public sealed record ScenarioLabels(
    string Name,
    LocalizedText Title,
    int FirstSimulatedYear,
    int AccountingStartYear,
    IReadOnlyList<KeyValuePair<string, LocalizedText>> Channels,
    IReadOnlyList<KeyValuePair<string, LocalizedText>> Sectors,
    IReadOnlyList<KeyValuePair<string, LocalizedText>> Countries)
{
    /// <summary>The display name of channel <paramref name="id"/> (the id itself when unknown).</summary>
    public LocalizedText Channel(string id) => Lookup(Channels, id);

    /// <summary>The display name of sector <paramref name="id"/> (the id itself when unknown).</summary>
    public LocalizedText Sector(string id) => Lookup(Sectors, id);

    /// <summary>The display name of country <paramref name="code"/> (the code itself when unknown).</summary>
    public LocalizedText Country(string code) => Lookup(Countries, code);

    /// <summary>Labels taken from a resolved <see cref="Scenario"/>.</summary>
    public static ScenarioLabels From(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ScenarioLabels(
            scenario.Name,
            scenario.Title,
            scenario.Horizon.FirstYear,
            scenario.Accounting.StartYear,
            scenario.Channels.Select(c => KeyValuePair.Create(c.Id, c.Name)).ToList(),
            scenario.Sectors.Select(s => KeyValuePair.Create(s.Id, s.Name)).ToList(),
            scenario.Partners.Select(p => KeyValuePair.Create(p.Code, p.Name))
                .Concat(scenario.Expansion.Candidates.Select(c => KeyValuePair.Create(c.Code, c.Name)))
                .ToList());
    }

    /// <summary>
    /// Labels read from resolved scenario JSON (manifest.json's <c>resolvedScenario</c>); missing parts
    /// fall back to <paramref name="fallbackTitle"/>, <paramref name="fallbackStartYear"/> and empty lists.
    /// </summary>
    public static ScenarioLabels FromJson(string name, string json, LocalizedText fallbackTitle, int fallbackStartYear)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var title = root.TryGetProperty("title", out var t) ? Text(t) ?? fallbackTitle : fallbackTitle;
        var accounting = root.TryGetProperty("accounting", out var a) && a.TryGetProperty("startYear", out var start) && start.TryGetInt32(out var startYear)
            ? startYear
            : fallbackStartYear;
        var firstYear = root.TryGetProperty("horizon", out var h) && h.TryGetProperty("firstYear", out var first) && first.TryGetInt32(out var firstYearValue)
            ? firstYearValue
            : accounting;
        var countries = Named(root, "partners", "code");
        if (root.TryGetProperty("expansion", out var expansion))
        {
            countries = countries.Concat(Named(expansion, "candidates", "code")).ToList();
        }

        return new ScenarioLabels(name, title, firstYear, accounting, Named(root, "channels", "id"), Named(root, "sectors", "id"), countries);
    }

    private static LocalizedText Lookup(IReadOnlyList<KeyValuePair<string, LocalizedText>> names, string key)
    {
        foreach (var pair in names)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return new LocalizedText(key);
    }

    private static List<KeyValuePair<string, LocalizedText>> Named(JsonElement parent, string property, string key)
    {
        var result = new List<KeyValuePair<string, LocalizedText>>();
        if (!parent.TryGetProperty(property, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(key, out var id) && id.ValueKind == JsonValueKind.String)
            {
                var text = item.TryGetProperty("name", out var n) ? Text(n) : null;
                result.Add(KeyValuePair.Create(id.GetString()!, text ?? new LocalizedText(id.GetString()!)));
            }
        }

        return result;
    }

    private static LocalizedText? Text(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return new LocalizedText(element.GetString()!);
        }

        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("en", out var en) || en.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var ja = element.TryGetProperty("ja", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString() : null;
        return new LocalizedText(en.GetString()!, ja);
    }
}
