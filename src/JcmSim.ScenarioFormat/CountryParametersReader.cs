using JcmSim.Model.Distributions;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>Reads <c>countryDefaults</c> and <c>countryOverrides</c>, checking the overrides' codes against the partners.</summary>
internal sealed class CountryParametersReader(LoadContext context, CountryIds countries)
{
    /// <summary>The keys of the per-country parameters.</summary>
    internal static readonly string[] Keys = [.. CountryFields.Keys];

    /// <summary>The <c>countryDefaults</c> section, or null when it cannot be read.</summary>
    public CountryParameters? ReadDefaults(MapReader root)
    {
        var defaults = root.Nested("countryDefaults", Keys);
        if (defaults is null)
        {
            return null;
        }

        var lag = defaults.Uncertain(CountryFields.Article6ReadinessLagYears);
        var retention = defaults.Uncertain(CountryFields.HostRetentionShare);
        var premium = defaults.Uncertain(CountryFields.CountryRiskPremium);
        return lag is null || retention is null || premium is null ? null : new CountryParameters(lag, retention, premium);
    }

    /// <summary>The <c>countryOverrides</c> section: each partner's own parameters, by code.</summary>
    public Dictionary<string, (Distribution? Lag, Distribution? Retention, Distribution? Premium)> ReadOverrides(MapReader root)
    {
        var result = new Dictionary<string, (Distribution?, Distribution?, Distribution?)>();
        var node = root.Get("countryOverrides", required: false);
        if (node is null)
        {
            return result;
        }

        if (node is not SourceMap map)
        {
            context.Error(node.Position, "countryOverrides", $"expected a mapping of partner codes to parameters, got {node.Describe()}", "e.g. {MMR: {countryRiskPremium: 0.08}}");
            return result;
        }

        foreach (var entry in map.Entries)
        {
            var path = $"countryOverrides.{entry.Key.Value}";
            countries.Partners.Check(entry.Key.Value, entry.Key.Position, path, context);
            var parameters = MapReader.Open(entry.Value, path, context, Keys);
            if (parameters is null)
            {
                continue;
            }

            result[entry.Key.Value] = (
                parameters.Uncertain(CountryFields.Overrides[0]),
                parameters.Uncertain(CountryFields.Overrides[1]),
                parameters.Uncertain(CountryFields.Overrides[2]));
        }

        return result;
    }
}
