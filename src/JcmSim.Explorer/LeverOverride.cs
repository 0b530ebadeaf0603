using System.Globalization;
using System.Text;
using JcmSim.Model.Finance;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.ScenarioFormat;

namespace JcmSim.Explorer;

/// <summary>
/// The page's settings as a scenario file: a variant that <c>extends:</c> the reference and states
/// only the inputs the planner moved, each held at its value. The text is read back through the
/// scenario loader the command line uses (<see cref="ScenarioLoader.LoadText"/>), so what the page
/// runs is what <c>jcmsim run</c> runs on the same file.
/// </summary>
internal static class LeverOverride
{
    /// <summary>True when the explorer can state <paramref name="input"/> in a scenario file.</summary>
    public static bool CanState(StudiedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Parameter.IsLever || YamlPath(input.Path) is not null;
    }

    /// <summary>The variant's YAML: <c>extends:</c> the reference file, then the moved inputs.</summary>
    /// <param name="reference">The reference scenario as loaded.</param>
    /// <param name="referenceFile">The reference's file name in the scenario folder, e.g. <c>baseline.yaml</c>.</param>
    /// <param name="values">The moved inputs and their values, in the order of the page.</param>
    public static string Yaml(Scenario reference, string referenceFile, IReadOnlyList<(StudiedInput Input, double Value)> values)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(values);
        var root = new Node();
        foreach (var (input, value) in values)
        {
            switch (input.Path)
            {
                case ScenarioLevers.PrivateCapital:
                    // The lever scales every private channel's capital path (ScenarioLevers): the file states the scaled paths.
                    foreach (var channel in reference.Channels.OfType<PrivateInvestorChannel>())
                    {
                        root.Set($"channels.{channel.Id}.annualBudgetJpy", Scaled(channel.AnnualBudgetJpy, value));
                    }

                    break;
                case ScenarioLevers.CreditPriceTrend:
                    root.Set("creditPrice.trendJpyPerTco2", Scaled(reference.CreditPrice.TrendJpyPerTco2, value));
                    break;
                case ScenarioLevers.AddressableShare:
                    // The lever scales every sector's addressable share (ScenarioLevers): the file states the scaled distributions.
                    foreach (var sector in reference.Sectors)
                    {
                        root.Set($"sectors.{sector.Id}.addressableShare", DistributionYaml.Write(sector.AddressableShare.Scaled(value)));
                    }

                    break;
                case ScenarioLevers.PotentialElasticity:
                    root.Set(ScenarioLevers.PotentialElasticity, Number(value));
                    break;
                default:
                    root.Set(YamlPath(input.Path)!, DistributionYaml.Write(input.Parameter.HeldAt(value)));
                    break;
            }

            // A held input whose study range is its own distribution ('own') keeps that range
            // stated outright: the loader refuses 'own' for a fixed input, and studies of the file
            // then vary it as the reference's would.
            if (reference.Uncertainties.FirstOrDefault(u => u.Path == input.Path) is { Range: null })
            {
                root.Set($"uncertainties.{input.Path}", DistributionYaml.Write(input.Parameter.Distribution), literalKey: true);
            }
        }

        var text = new StringBuilder();
        text.Append("# The explorer's settings: the reference scenario with the inputs below held at the values chosen.\n");
        text.Append("extends: ").Append(referenceFile).Append('\n');
        root.Write(text, 0);
        return text.ToString();
    }

    /// <summary>
    /// Reads <paramref name="yaml"/> as the file <paramref name="virtualPath"/> (next to the reference,
    /// so <c>extends:</c> resolves) and checks that every moved input came out at its value.
    /// </summary>
    /// <exception cref="ScenarioValidationException">The loader refused the text.</exception>
    /// <exception cref="InvalidOperationException">An input did not come out at its value (a bug of <see cref="YamlPath"/>).</exception>
    public static Scenario Load(string yaml, string virtualPath, IReadOnlyList<(StudiedInput Input, double Value)> values)
    {
        var scenario = ScenarioLoader.LoadText(yaml, virtualPath);
        var byPath = ScenarioParameters.All(scenario).ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var (input, value) in values.Where(v => !v.Input.Parameter.IsLever))
        {
            var expected = input.Parameter.HeldAt(value).Describe();
            var actual = byPath.TryGetValue(input.Path, out var parameter) ? parameter.Distribution.Describe() : "absent";
            if (actual != expected)
            {
                throw new InvalidOperationException($"The explorer stated {input.Path} as {expected}, but the loader read {actual}.");
            }
        }

        return scenario;
    }

    // The scenario-file path of a parameter-walk path; null when the walk's path is not one (the
    // partners' inputs live under countryOverrides, new partners' under expansion.countryDefaults).
    private static string? YamlPath(string path)
    {
        var parts = path.Split('.');
        return parts switch
        {
            ["partners", var code, var field] => $"countryOverrides.{code}.{field}",
            ["expansion", "newPartnersPerYear" or "maxPartners" or "readinessCapacitySensitivity"] => path,
            ["expansion", _] => null,
            [_, _] or ["sectors" or "channels", _, _] => path,
            _ => null,
        };
    }

    private static string Scaled(YearPath path, double factor) =>
        "{" + string.Join(", ", path.Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.FiscalYear}: {Number(p.Value * factor)}"))) + "}";

    // Round-trip text: the loader reads back the very double the page ran.
    private static string Number(double value) => DistributionYaml.Number(value);

    // A mapping being built: keys in the order first set, values a scalar's text or a nested mapping.
    private sealed class Node
    {
        private readonly List<(string Key, object Value)> _entries = [];

        // literalKey: the path's part after its first segment is one key (uncertainties are keyed by dotted paths).
        public void Set(string dottedPath, string scalar, bool literalKey = false)
        {
            var dot = dottedPath.IndexOf('.', StringComparison.Ordinal);
            if (literalKey && dot > 0)
            {
                var section = dottedPath[..dot];
                var parent = _entries.Where(e => e.Key == section).Select(e => e.Value).OfType<Node>().FirstOrDefault();
                if (parent is null)
                {
                    parent = new Node();
                    _entries.Add((section, parent));
                }

                parent._entries.RemoveAll(e => e.Key == dottedPath[(dot + 1)..]);
                parent._entries.Add((dottedPath[(dot + 1)..], scalar));
                return;
            }

            if (dot < 0)
            {
                _entries.RemoveAll(e => e.Key == dottedPath);
                _entries.Add((dottedPath, scalar));
                return;
            }

            var key = dottedPath[..dot];
            var child = _entries.Where(e => e.Key == key).Select(e => e.Value).OfType<Node>().FirstOrDefault();
            if (child is null)
            {
                child = new Node();
                _entries.Add((key, child));
            }

            child.Set(dottedPath[(dot + 1)..], scalar);
        }

        public void Write(StringBuilder text, int indent)
        {
            foreach (var (key, value) in _entries)
            {
                text.Append(' ', indent).Append(key).Append(':');
                if (value is Node child)
                {
                    text.Append('\n');
                    child.Write(text, indent + 2);
                }
                else
                {
                    text.Append(' ').Append((string)value).Append('\n');
                }
            }
        }
    }
}
