using JcmSim.Model.Scenarios;
using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Reads the <c>uncertainties:</c> and <c>correlations:</c> blocks, once the rest of the scenario is
/// known (their paths name its inputs). The messages are functions of their own so that
/// <see cref="StudyChecks"/> gives the same ones for a scenario built in code.
/// </summary>
internal sealed class StudyInputsReader(LoadContext context)
{
    /// <summary>The text that stands for "the input's own distribution" in <c>uncertainties:</c>.</summary>
    internal const string OwnDistribution = "own";

    /// <summary>Keys of one correlation.</summary>
    internal static readonly string[] CorrelationKeys = ["between", "spearman"];

    /// <summary><paramref name="scenario"/> with the study inputs and correlations named under <paramref name="root"/>.</summary>
    public Scenario Read(MapReader root, Scenario scenario)
    {
        var inputs = ReadUncertainties(root, scenario);
        var correlations = ReadCorrelations(root, inputs);
        return scenario with { Uncertainties = inputs, Correlations = correlations };
    }

    private List<StudyUncertainty> ReadUncertainties(MapReader root, Scenario scenario)
    {
        var named = new List<StudyUncertainty>();
        if (root.Get("uncertainties", required: false) is not { } node)
        {
            return named;
        }

        var path = root.PathOf("uncertainties");
        if (node is not SourceMap map)
        {
            context.Error(node.Position, path, $"expected a mapping of input path to study range, got {node.Describe()}", "e.g. {expansion.newPartnersPerYear: own, privateCapital.multiplier: {dist: uniform, min: 0.5, max: 8}}");
            return named;
        }

        var parameters = ScenarioParameters.Studiable(scenario).ToDictionary(p => p.Path, StringComparer.Ordinal);
        if (TooManyInputs(path, map.Entries.Count) is not null)
        {
            context.Error(map.Position, TooManyInputs(path, map.Entries.Count)!);
            return named;
        }

        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value;
            var entryPath = $"{path}.{key}";
            if (entry.Value is SourceScalar { IsNull: true })
            {
                // `path: ~` in a variant: the input is no longer studied.
                continue;
            }

            if (!parameters.TryGetValue(key, out var parameter))
            {
                context.Error(entry.Key.Position, NotAnInput(entryPath, key, parameters.Keys));
                continue;
            }

            Distribution? range;
            if (entry.Value is SourceScalar { IsPlain: true, Value: OwnDistribution })
            {
                if (parameter.IsLever)
                {
                    context.Error(entry.Value.Position, LeverWithoutRange(entryPath));
                    continue;
                }

                range = null;
            }
            else
            {
                range = DistributionReader.Read(entry.Value, entryPath, ScenarioFields.StudyRange(key), context);
                if (range is null)
                {
                    continue;
                }

                if (range.IsFixed)
                {
                    context.Error(entry.Value.Position, SingleValue(entryPath, range));
                    continue;
                }
            }

            if (range is null && !parameter.IsUncertain)
            {
                context.Error(entry.Value.Position, FixedOwn(entryPath, parameter));
                continue;
            }

            named.Add(new StudyUncertainty(key, range));
        }

        return named;
    }

    private List<RankCorrelation> ReadCorrelations(MapReader root, List<StudyUncertainty> inputs)
    {
        var correlations = new List<RankCorrelation>();
        if (root.Get("correlations", required: false) is not { } node)
        {
            return correlations;
        }

        var path = root.PathOf("correlations");
        if (node is not SourceSequence sequence)
        {
            context.Error(node.Position, path, $"expected a sequence of correlations, got {node.Describe()}", "e.g. [{between: [creditPrice.trendMultiplier, privateCapital.multiplier], spearman: 0.5}]");
            return correlations;
        }

        var names = inputs.Select(i => i.Path).ToList();
        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = MapReader.Open(sequence.Items[i], itemPath, context, CorrelationKeys);
            var spearman = item?.Number(StudyFields.Spearman);
            var between = item?.TextList("between", required: true);
            if (item is null || between is null)
            {
                continue;
            }

            if (between.Count != 2)
            {
                context.Error(item.Get("between")!.Position, item.PathOf("between"), $"{between.Count} paths", "exactly two paths named in uncertainties:");
                continue;
            }

            var known = true;
            foreach (var (value, valueNode, valuePath) in between)
            {
                if (!names.Contains(value, StringComparer.Ordinal))
                {
                    context.Error(valueNode.Position, NotNamed(valuePath, value, names));
                    known = false;
                }
            }

            if (!known || spearman is not { } rho)
            {
                continue;
            }

            var (first, second) = (between[0].Value, between[1].Value);
            if (first == second)
            {
                context.Error(item.Get("between")!.Position, SelfCorrelation(item.PathOf("between"), first));
                continue;
            }

            var pair = string.CompareOrdinal(first, second) < 0 ? (first, second) : (second, first);
            if (!pairs.Add(pair))
            {
                context.Error(item.Get("between")!.Position, PairTwice(item.PathOf("between"), first, second));
                continue;
            }

            correlations.Add(new RankCorrelation(first, second, rho));
        }

        if (NotPositiveDefinite(path, names, correlations) is { } impossible)
        {
            context.Error(sequence.Position, impossible);
        }

        return correlations;
    }

    /// <summary>More studied inputs than <see cref="ScenarioLimits.MaxStudyInputs"/>.</summary>
    internal static ScenarioProblem? TooManyInputs(string path, int count) =>
        count > ScenarioLimits.MaxStudyInputs ? new(path, $"{count} inputs", $"at most {ScenarioLimits.MaxStudyInputs} inputs") : null;

    /// <summary>A studied path that names no input of the scenario.</summary>
    internal static ScenarioProblem NotAnInput(string path, string key, IEnumerable<string> inputs) =>
        new(path, $"'{ValueReader.Shorten(key)}' is not an input of this scenario{Suggestion.Hint(key, inputs)}", AllowedPaths(key, inputs));

    /// <summary>A lever studied with its own distribution, which it does not have.</summary>
    internal static ScenarioProblem LeverWithoutRange(string path) =>
        new(path, "a lever has no distribution of its own (1 is the scenario as written)", "a study range, e.g. {dist: uniform, min: 0.5, max: 4}");

    /// <summary>A study range that is one value.</summary>
    internal static ScenarioProblem SingleValue(string path, Distribution range) =>
        new(path, $"a single value ({ValueRange.Format(range.Mean)}) is not a range to study", $"'{OwnDistribution}' or a distribution, e.g. {{dist: uniform, min: …, max: …}}");

    /// <summary>An input studied with its own distribution, which the scenario fixes.</summary>
    internal static ScenarioProblem FixedOwn(string path, ScenarioParameter parameter) =>
        new(path, $"the scenario fixes this input ({parameter.Distribution.Describe()}), so its own distribution has nothing to study", "a study range, e.g. {dist: uniform, min: …, max: …}");

    /// <summary>A correlated path not named in <c>uncertainties:</c>.</summary>
    internal static ScenarioProblem NotNamed(string path, string value, IReadOnlyList<string> names) =>
        new(path, $"'{ValueReader.Shorten(value)}' is not named in uncertainties:{Suggestion.Hint(value, names)}", names.Count == 0 ? "name the input in uncertainties: first" : Suggestion.List(names));

    /// <summary>An input correlated with itself.</summary>
    internal static ScenarioProblem SelfCorrelation(string path, string input) => new(path, $"an input correlated with itself ({input})", "two different paths");

    /// <summary>A pair correlated twice.</summary>
    internal static ScenarioProblem PairTwice(string path, string first, string second) => new(path, $"the pair {first}, {second} is correlated twice", "each pair once");

    /// <summary>Correlations no joint distribution can have.</summary>
    internal static ScenarioProblem? NotPositiveDefinite(string path, List<string> names, List<RankCorrelation> correlations) =>
        correlations.Count > 0 && !IsPositiveDefinite(names, correlations)
            ? new(path, "the correlation matrix is not positive definite: these correlations cannot hold together (e.g. A~B 0.9, B~C 0.9, A~C −0.9)", "correlations that some joint distribution can have; weaken the largest ones")
            : null;

    // Cholesky decomposition of the full matrix (1 on the diagonal, 0 for pairs not named): it exists
    // with positive pivots exactly when the matrix is positive definite.
    private static bool IsPositiveDefinite(List<string> names, List<RankCorrelation> correlations)
    {
        var n = names.Count;
        var matrix = RankCorrelationMatrix.Build(names, correlations);
        var lower = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var pivot = matrix[j, j];
            for (var k = 0; k < j; k++)
            {
                pivot -= lower[j, k] * lower[j, k];
            }

            if (pivot <= 1e-10)
            {
                return false;
            }

            lower[j, j] = Math.Sqrt(pivot);
            for (var i = j + 1; i < n; i++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                lower[i, j] = sum / lower[j, j];
            }
        }

        return true;
    }

    // What a path may be: the paths under the longest known prefix of the given one, else the sections.
    private static string AllowedPaths(string given, IEnumerable<string> paths)
    {
        var all = paths.ToList();
        var segments = given.Split('.');
        for (var length = segments.Length - 1; length > 0; length--)
        {
            var prefix = string.Join('.', segments.Take(length)) + ".";
            var under = all.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (under.Count > 0)
            {
                var next = under.Select(p => prefix + p[prefix.Length..].Split('.')[0]).Distinct(StringComparer.Ordinal);
                return "under " + prefix[..^1] + ": " + Suggestion.List(next.Select(p => p == prefix[..^1] ? p : p + (all.Contains(p) ? "" : ".…")));
            }
        }

        var sections = all.Select(p => p.Split('.')[0]).Distinct(StringComparer.Ordinal).Select(s => s + ".…");
        return $"a path of the parameter walk ('{OwnDistribution}' or a range each), starting with one of: {string.Join(", ", sections)}";
    }
}
