using JcmSim.Model.Scenarios;
using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.ScenarioFormat;

/// <summary>The <c>uncertainties:</c> and <c>correlations:</c> blocks, read once the rest of the scenario is known (their paths name its inputs).</summary>
internal sealed partial class ScenarioReader
{
    /// <summary>The text that stands for "the input's own distribution" in <c>uncertainties:</c>.</summary>
    internal const string OwnDistribution = "own";

    /// <summary>Keys of one correlation.</summary>
    internal static readonly string[] CorrelationKeys = ["between", "spearman"];

    /// <summary>The range of a study distribution, by the last segment of the input's path (the scenario field it stands for).</summary>
    internal static readonly IReadOnlyDictionary<string, ValueRange> StudyRanges = new Dictionary<string, ValueRange>(StringComparer.Ordinal)
    {
        ["sizeTco2PerYear"] = FieldRanges.Tco2PerYear,
        ["capexJpyPerTco2PerYear"] = FieldRanges.CapexJpyPerTco2PerYear,
        ["leadTimeYears"] = FieldRanges.UncertainYears,
        ["creditingYears"] = FieldRanges.UncertainYears,
        ["performanceRatio"] = FieldRanges.Factor,
        ["degradationPerYear"] = FieldRanges.ShareBelowOne,
        ["failureHazardPerYear"] = FieldRanges.Share,
        ["returnWithoutCredits"] = FieldRanges.Rate,
        ["article6ReadinessLagYears"] = FieldRanges.UncertainYears,
        ["hostRetentionShare"] = FieldRanges.Share,
        ["countryRiskPremium"] = FieldRanges.Premium,
        ["newPartnersPerYear"] = FieldRanges.NewPartnersPerYear,
        ["extensionProbability"] = FieldRanges.Share,
        ["multiplier"] = FieldRanges.Factor,
        ["growthRatePerYear"] = FieldRanges.Rate,
        ["cityToCityGrowthRatePerYear"] = FieldRanges.Rate,
        ["budgetMultiplier"] = FieldRanges.Factor,
        ["japanContributionShare"] = FieldRanges.Share,
        ["subsidyRatioCap"] = FieldRanges.Share,
        ["participantHurdleRate"] = FieldRanges.Rate,
        ["hurdleRate"] = FieldRanges.Rate,
        ["creditPriceExpectationFactor"] = FieldRanges.Factor,
        ["creditRevenueShare"] = FieldRanges.Share,
        ["conservativenessFactor"] = FieldRanges.Share,
        ["fixedJapanShare"] = FieldRanges.Share,
        ["volatility"] = FieldRanges.Volatility,
        ["trendMultiplier"] = FieldRanges.Factor,
    };

    private Scenario ReadStudyInputs(MapReader root, Scenario scenario)
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
        if (map.Entries.Count > ScenarioLimits.MaxStudyInputs)
        {
            context.Error(map.Position, path, $"{map.Entries.Count} inputs", $"at most {ScenarioLimits.MaxStudyInputs} inputs");
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
                context.Error(entry.Key.Position, entryPath, $"'{ValueReader.Shorten(key)}' is not an input of this scenario{Suggestion.Hint(key, parameters.Keys)}", AllowedPaths(key, parameters.Keys));
                continue;
            }

            Distribution? range;
            if (entry.Value is SourceScalar { IsPlain: true, Value: OwnDistribution })
            {
                if (parameter.IsLever)
                {
                    context.Error(entry.Value.Position, entryPath, "a lever has no distribution of its own (1 is the scenario as written)", "a study range, e.g. {dist: uniform, min: 0.5, max: 4}");
                    continue;
                }

                range = null;
            }
            else
            {
                range = DistributionReader.Read(entry.Value, entryPath, StudyRanges[key.Split('.')[^1]], context);
                if (range is null)
                {
                    continue;
                }

                if (range.IsFixed)
                {
                    context.Error(entry.Value.Position, entryPath, $"a single value ({ValueRange.Format(range.Mean)}) is not a range to study", $"'{OwnDistribution}' or a distribution, e.g. {{dist: uniform, min: …, max: …}}");
                    continue;
                }
            }

            if (range is null && !parameter.IsUncertain)
            {
                context.Error(entry.Value.Position, entryPath, $"the scenario fixes this input ({parameter.Distribution.Describe()}), so its own distribution has nothing to study", "a study range, e.g. {dist: uniform, min: …, max: …}");
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
            var spearman = item?.Number("spearman", FieldRanges.Correlation);
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
                    context.Error(valueNode.Position, valuePath, $"'{ValueReader.Shorten(value)}' is not named in uncertainties:{Suggestion.Hint(value, names)}", names.Count == 0 ? "name the input in uncertainties: first" : Suggestion.List(names));
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
                context.Error(item.Get("between")!.Position, item.PathOf("between"), $"an input correlated with itself ({first})", "two different paths");
                continue;
            }

            var pair = string.CompareOrdinal(first, second) < 0 ? (first, second) : (second, first);
            if (!pairs.Add(pair))
            {
                context.Error(item.Get("between")!.Position, item.PathOf("between"), $"the pair {first}, {second} is correlated twice", "each pair once");
                continue;
            }

            correlations.Add(new RankCorrelation(first, second, rho));
        }

        if (correlations.Count > 0 && !IsPositiveDefinite(names, correlations))
        {
            context.Error(sequence.Position, path, "the correlation matrix is not positive definite: these correlations cannot hold together (e.g. A~B 0.9, B~C 0.9, A~C −0.9)", "correlations that some joint distribution can have; weaken the largest ones");
        }

        return correlations;
    }

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
