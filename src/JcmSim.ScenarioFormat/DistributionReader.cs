using JcmSim.Model.Distributions;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Reads a <see cref="Distribution"/>: a plain number is fixed; otherwise a mapping
/// <c>{dist: fixed|uniform|triangular|normal|lognormal|beta, …}</c> whose parameters are checked
/// before construction, and whose support must lie in the field's range.
/// </summary>
internal static class DistributionReader
{
    internal static readonly string[] Kinds = ["fixed", "uniform", "triangular", "normal", "lognormal", "beta"];

    internal static readonly Dictionary<string, string[]> KeysByKind = new()
    {
        ["fixed"] = ["dist", "value"],
        ["uniform"] = ["dist", "min", "max"],
        ["triangular"] = ["dist", "min", "mode", "max"],
        ["normal"] = ["dist", "mean", "sd", "min", "max"],
        ["lognormal"] = ["dist", "median", "sigma", "mean", "sd"],
        ["beta"] = ["dist", "alpha", "beta", "min", "max"],
    };

    /// <summary>The distribution at <paramref name="node"/>, or null after recording what is wrong.</summary>
    public static Distribution? Read(SourceNode node, string path, ValueRange range, LoadContext context)
    {
        var distribution = node switch
        {
            SourceScalar => ValueReader.Number(node, path, ValueRange.Finite, context) is { } value ? Distribution.Fixed(value) : null,
            SourceMap map => ReadMap(map, path, context),
            _ => Unexpected(node, path, context),
        };
        if (distribution is null)
        {
            return null;
        }

        if (FieldCheck.Distribution(distribution, path, range) is { } problem)
        {
            context.Error(node.Position, problem);
            return null;
        }

        return distribution;
    }

    /// <summary>
    /// The largest value <paramref name="distribution"/> can actually draw: its upper bound, or for an
    /// unbounded normal or log-normal the value at <see cref="ScenarioLimits.LargestStandardNormalDraw"/>.
    /// NaN when the parameters overflow.
    /// </summary>
    public static double LargestDraw(Distribution distribution) => distribution switch
    {
        LogNormalDistribution l => Math.Exp(l.Mu + (ScenarioLimits.LargestStandardNormalDraw * l.Sigma)),
        NormalDistribution { Max: null } n => n.MeanValue + (ScenarioLimits.LargestStandardNormalDraw * n.StdDev),
        _ => distribution.Maximum,
    };

    private static Distribution? Unexpected(SourceNode node, string path, LoadContext context)
    {
        context.Error(node.Position, path, $"expected a number or a distribution {{dist: …}}, got {node.Describe()}", "a number, or dist: " + string.Join("|", Kinds));
        return null;
    }

    private static Distribution? ReadMap(SourceMap map, string path, LoadContext context)
    {
        var kindEntry = map.Find("dist");
        if (kindEntry is null)
        {
            context.Error(map.Position, path + ".dist", "a distribution mapping needs 'dist'", string.Join(", ", Kinds));
            return null;
        }

        var kind = ValueReader.Choice(kindEntry.Value, path + ".dist", Kinds, context);
        if (kind is null)
        {
            return null;
        }

        var reader = MapReader.Open(map, path, context, KeysByKind[kind]);
        if (reader is null)
        {
            return null;
        }

        return kind switch
        {
            "fixed" => reader.Number("value", ValueRange.Finite) is { } value ? Distribution.Fixed(value) : null,
            "uniform" => Uniform(reader, context),
            "triangular" => Triangular(reader, context),
            "normal" => Normal(reader, context),
            "lognormal" => LogNormal(reader, context),
            _ => Beta(reader, context),
        };
    }

    private static Distribution? Uniform(MapReader reader, LoadContext context)
    {
        var min = reader.Number("min", ValueRange.Finite);
        var max = reader.Number("max", ValueRange.Finite);
        if (min is not { } a || max is not { } b)
        {
            return null;
        }

        if (a > b)
        {
            context.Error(reader.Map.Position, reader.Path, $"uniform needs min ≤ max, got min {ValueRange.Format(a)} and max {ValueRange.Format(b)}", "min ≤ max");
            return null;
        }

        return new UniformDistribution(a, b);
    }

    private static Distribution? Triangular(MapReader reader, LoadContext context)
    {
        var min = reader.Number("min", ValueRange.Finite);
        var mode = reader.Number("mode", ValueRange.Finite);
        var max = reader.Number("max", ValueRange.Finite);
        if (min is not { } a || mode is not { } c || max is not { } b)
        {
            return null;
        }

        if (a > c || c > b)
        {
            context.Error(reader.Map.Position, reader.Path,
                $"triangular needs min ≤ mode ≤ max, got min {ValueRange.Format(a)}, mode {ValueRange.Format(c)}, max {ValueRange.Format(b)}", "min ≤ mode ≤ max");
            return null;
        }

        return new TriangularDistribution(a, c, b);
    }

    private static Distribution? Normal(MapReader reader, LoadContext context)
    {
        var mean = reader.Number("mean", ValueRange.Finite);
        var sd = reader.Number("sd", ValueRange.NonNegative);
        var min = reader.Number("min", ValueRange.Finite, required: false);
        var max = reader.Number("max", ValueRange.Finite, required: false);
        if (mean is not { } mu || sd is not { } sigma || (reader.Has("min") && min is null) || (reader.Has("max") && max is null))
        {
            return null;
        }

        if (min is { } lo && max is { } hi && lo >= hi)
        {
            context.Error(reader.Map.Position, reader.Path, $"normal needs min < max, got min {ValueRange.Format(lo)} and max {ValueRange.Format(hi)}", "min < max");
            return null;
        }

        var lower = min ?? double.NegativeInfinity;
        var upper = max ?? double.PositiveInfinity;
        var mass = sigma > 0
            ? SpecialFunctions.NormalCdf((upper - mu) / sigma) - SpecialFunctions.NormalCdf((lower - mu) / sigma)
            : mu >= lower && mu <= upper ? 1 : 0;
        if ((min is not null || max is not null) && mass < 1e-6)
        {
            context.Error(reader.Map.Position, reader.Path,
                $"the range [{ValueRange.Format(lower)}, {ValueRange.Format(upper)}] holds almost none of normal({ValueRange.Format(mu)}, {ValueRange.Format(sigma)})", "a mean near or inside [min, max]");
            return null;
        }

        return new NormalDistribution(mu, sigma, min, max);
    }

    private static Distribution? LogNormal(MapReader reader, LoadContext context)
    {
        var byMedian = reader.Has("median") || reader.Has("sigma");
        var byMoments = reader.Has("mean") || reader.Has("sd");
        if (byMedian && byMoments)
        {
            context.Error(reader.Map.Position, reader.Path, "lognormal takes either median and sigma, or mean and sd, not both", "{median, sigma} or {mean, sd}");
            return null;
        }

        if (byMoments)
        {
            var mean = reader.Number("mean", ValueRange.Positive);
            var sd = reader.Number("sd", ValueRange.NonNegative);
            if (mean is not { } m || sd is not { } s)
            {
                return null;
            }

            var fromMoments = LogNormalDistribution.FromMeanStdDev(m, s);
            if (!double.IsFinite(fromMoments.Mu) || !(fromMoments.Sigma <= ScenarioLimits.MaxLogNormalSigma))
            {
                context.Error(reader.Map.Position, reader.Path,
                    $"lognormal with mean {ValueRange.Format(m)} and sd {ValueRange.Format(s)} has a log-scale sigma beyond {ValueRange.FormatLimit(ScenarioLimits.MaxLogNormalSigma)}", "sd/mean below about e^50");
                return null;
            }

            return fromMoments;
        }

        var median = reader.Number("median", ValueRange.Positive);
        var sigma = reader.Number("sigma", FieldRanges.LogNormalSigma);
        return median is { } md && sigma is { } sg ? LogNormalDistribution.FromMedian(md, sg) : null;
    }

    private static Distribution? Beta(MapReader reader, LoadContext context)
    {
        var alpha = reader.Number("alpha", FieldRanges.BetaShape);
        var beta = reader.Number("beta", FieldRanges.BetaShape);
        var min = reader.Number("min", ValueRange.Finite, required: false);
        var max = reader.Number("max", ValueRange.Finite, required: false);
        if (alpha is not { } a || beta is not { } b || (reader.Has("min") && min is null) || (reader.Has("max") && max is null))
        {
            return null;
        }

        var lo = min ?? 0;
        var hi = max ?? 1;
        if (lo >= hi)
        {
            context.Error(reader.Map.Position, reader.Path, $"beta needs min < max, got min {ValueRange.Format(lo)} and max {ValueRange.Format(hi)}", "min < max");
            return null;
        }

        return new BetaDistribution(a, b, lo, hi);
    }
}
