using System.Globalization;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Studies;

/// <summary>
/// Scenario discovery with the Patient Rule Induction Method: J. H. Friedman and N. I. Fisher,
/// "Bump hunting in high-dimensional data", Statistics and Computing 9, 1999; used for scenario
/// discovery by B. P. Bryant and R. J. Lempert, Technol. Forecast. Soc. Change 77, 2010, and in the
/// EMA Workbench (J. H. Kwakkel, Environ. Model. Softw. 96, 2017).
/// </summary>
public static class Prim
{
    /// <summary>
    /// Peels the box holding all cases: at each step, for every input, the candidates remove the
    /// PeelAlpha fraction (at least one case) of the box's cases with the lowest, or with the highest,
    /// values of that input — and with them every case tied with the last one removed, so designs
    /// with repeated values (grids) peel whole levels; the candidate leaving the highest
    /// density is taken (ties: more cases kept, then the lower input, low side first). Peeling stops
    /// when no candidate keeps at least MinimumSupport·n cases.
    /// The chosen box: among boxes with coverage ≥ MinimumCoverage, with D* the highest density and
    /// n* the cases of that box, the first (largest) box with density ≥ D* − √(D*(1 − D*)/n*) — the
    /// largest box whose density is within one binomial standard error of the best, since peeling
    /// on past it mostly trades coverage for noise.
    /// </summary>
    /// <param name="inputs">n cases × k inputs, in the inputs' own units, finite.</param>
    /// <param name="interesting">Whether each case is of interest (e.g. the target is missed); at least one.</param>
    /// <param name="options">Peeling settings.</param>
    public static PrimResult Peel(double[][] inputs, ReadOnlySpan<bool> interesting, PrimOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var (n, k) = Check(inputs, interesting, options);
        var flags = interesting.ToArray();
        var totalInteresting = flags.Count(f => f);
        var dataLow = new double[k];
        var dataHigh = new double[k];
        for (var j = 0; j < k; j++)
        {
            dataLow[j] = inputs.Min(row => row[j]);
            dataHigh[j] = inputs.Max(row => row[j]);
        }

        var low = (double[])dataLow.Clone();
        var high = (double[])dataHigh.Clone();
        var restrictsLow = new bool[k];
        var restrictsHigh = new bool[k];
        var box = Enumerable.Range(0, n).ToArray();
        var minimumCount = Math.Max(1, (int)Math.Ceiling(options.MinimumSupport * n));
        var trajectory = new List<PrimBox> { Describe(box, flags, totalInteresting, n, low, high, restrictsLow, restrictsHigh) };
        var values = new double[n];
        while (true)
        {
            PeelStep? best = null;
            for (var j = 0; j < k; j++)
            {
                var m = box.Length;
                for (var c = 0; c < m; c++)
                {
                    values[c] = inputs[box[c]][j];
                }

                var sorted = values.AsSpan(0, m);
                sorted.Sort();
                var cut = Math.Max(1, (int)Math.Ceiling(options.PeelAlpha * m));
                if (cut >= m)
                {
                    continue;
                }

                // A group of tied values straddling the cut is removed whole, as EMA Workbench does:
                // otherwise a grid design (every value tied with many others) could never be peeled.
                var lowKept = cut;
                while (lowKept < m && sorted[lowKept] == sorted[cut - 1])
                {
                    lowKept++;
                }

                var highKept = m - 1 - cut;
                while (highKept >= 0 && sorted[highKept] == sorted[m - cut])
                {
                    highKept--;
                }

                if (lowKept < m)
                {
                    best = Better(best, Candidate(inputs, flags, box, j, lowSide: true, sorted[lowKept], minimumCount));
                }

                if (highKept >= 0)
                {
                    best = Better(best, Candidate(inputs, flags, box, j, lowSide: false, sorted[highKept], minimumCount));
                }
            }

            if (best is null)
            {
                break;
            }

            box = best.Kept;
            if (best.LowSide)
            {
                low[best.Input] = best.Threshold;
                restrictsLow[best.Input] = true;
            }
            else
            {
                high[best.Input] = best.Threshold;
                restrictsHigh[best.Input] = true;
            }

            trajectory.Add(Describe(box, flags, totalInteresting, n, low, high, restrictsLow, restrictsHigh));
        }

        return new PrimResult(trajectory, Choose(trajectory, options.MinimumCoverage), totalInteresting / (double)n, n, totalInteresting);
    }

    /// <summary>
    /// The box in words, e.g. "The 2030 target is missed mostly when Credit price ≤ 2,000 and
    /// Partners per year ≤ 1.5 (coverage 72%, density 95%)." and its Japanese counterpart.
    /// </summary>
    /// <param name="box">The box, usually <see cref="PrimResult.Chosen"/>.</param>
    /// <param name="inputNames">The inputs' display names, by input column.</param>
    /// <param name="outcome">What the interesting cases are, as a clause: ("The 2030 target is missed", "2030年目標が未達となる").</param>
    /// <param name="formatValue">Formats a limit of an input in its units; default three significant digits.</param>
    public static LocalizedText Describe(PrimBox box, IReadOnlyList<LocalizedText> inputNames, LocalizedText outcome, Func<int, double, string>? formatValue = null)
    {
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(inputNames);
        ArgumentNullException.ThrowIfNull(outcome);
        formatValue ??= (_, value) => value.ToString("G3", CultureInfo.InvariantCulture);
        var coverage = Percent(box.Coverage);
        var density = Percent(box.Density);
        var outcomeJa = outcome.In("ja");
        if (box.Limits.Count == 0)
        {
            return new LocalizedText(
                $"{outcome.En} regardless of the inputs studied (density {density}).",
                $"{outcomeJa}のは、調べた入力によりません（密度{density}）。");
        }

        var en = new List<string>();
        var ja = new List<string>();
        foreach (var limit in box.Limits)
        {
            if (limit.Input < 0 || limit.Input >= inputNames.Count)
            {
                throw new ArgumentException($"The box restricts input {limit.Input} but only {inputNames.Count} input names were given.", nameof(inputNames));
            }

            var name = inputNames[limit.Input];
            var (lo, hi) = (formatValue(limit.Input, limit.Low), formatValue(limit.Input, limit.High));
            (string En, string Ja) condition = (limit.RestrictsLow, limit.RestrictsHigh) switch
            {
                (true, true) => ($"{lo} ≤ {name.En} ≤ {hi}", $"{name.In("ja")}が{lo}以上{hi}以下"),
                (true, false) => ($"{name.En} ≥ {lo}", $"{name.In("ja")}が{lo}以上"),
                _ => ($"{name.En} ≤ {hi}", $"{name.In("ja")}が{hi}以下"),
            };
            en.Add(condition.En);
            ja.Add(condition.Ja);
        }

        return new LocalizedText(
            $"{outcome.En} mostly when {string.Join(" and ", en)} (coverage {coverage}, density {density}).",
            $"{outcomeJa}のは、主に{string.Join("、かつ", ja)}の場合です（カバレッジ{coverage}、密度{density}）。");
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static (int N, int K) Check(double[][] inputs, ReadOnlySpan<bool> interesting, PrimOptions options)
    {
        if (!(options.PeelAlpha > 0 && options.PeelAlpha < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PeelAlpha, "PeelAlpha must lie in (0, 0.5).");
        }

        if (!(options.MinimumSupport > 0 && options.MinimumSupport < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinimumSupport, "MinimumSupport must lie in (0, 1).");
        }

        if (!(options.MinimumCoverage > 0 && options.MinimumCoverage <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinimumCoverage, "MinimumCoverage must lie in (0, 1].");
        }

        var n = inputs.Length;
        if (n < 2 || interesting.Length != n)
        {
            throw new ArgumentException($"PRIM needs at least 2 cases and one flag per case; got {n} cases and {interesting.Length} flags.", nameof(interesting));
        }

        var k = inputs[0]?.Length ?? 0;
        if (k < 1)
        {
            throw new ArgumentException("PRIM needs at least one input.", nameof(inputs));
        }

        for (var i = 0; i < n; i++)
        {
            if (inputs[i] is null || inputs[i].Length != k || inputs[i].Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"Case {i} must have {k} finite input values.", nameof(inputs));
            }
        }

        if (!interesting.Contains(true))
        {
            throw new ArgumentException("No case is of interest, so there is nothing for PRIM to find.", nameof(interesting));
        }

        return (n, k);
    }

    private static PeelStep? Candidate(double[][] inputs, bool[] flags, int[] box, int input, bool lowSide, double threshold, int minimumCount)
    {
        var kept = lowSide
            ? box.Where(c => inputs[c][input] >= threshold).ToArray()
            : box.Where(c => inputs[c][input] <= threshold).ToArray();
        if (kept.Length == box.Length || kept.Length < minimumCount)
        {
            return null;
        }

        var hits = kept.Count(c => flags[c]);
        return new PeelStep(input, lowSide, threshold, kept, hits / (double)kept.Length);
    }

    private static PeelStep? Better(PeelStep? best, PeelStep? candidate)
    {
        if (candidate is null)
        {
            return best;
        }

        if (best is null || candidate.Density > best.Density || (candidate.Density == best.Density && candidate.Kept.Length > best.Kept.Length))
        {
            return candidate;
        }

        return best;
    }

    private static PrimBox Describe(int[] box, bool[] flags, int totalInteresting, int n, double[] low, double[] high, bool[] restrictsLow, bool[] restrictsHigh)
    {
        var hits = box.Count(c => flags[c]);
        var limits = new List<PrimLimit>();
        for (var j = 0; j < low.Length; j++)
        {
            if (restrictsLow[j] || restrictsHigh[j])
            {
                limits.Add(new PrimLimit(j, low[j], high[j], restrictsLow[j], restrictsHigh[j]));
            }
        }

        return new PrimBox(limits, hits / (double)totalInteresting, hits / (double)box.Length, box.Length / (double)n, box.Length, hits);
    }

    private static int Choose(List<PrimBox> trajectory, double minimumCoverage)
    {
        var densest = -1;
        for (var i = 0; i < trajectory.Count; i++)
        {
            if (trajectory[i].Coverage >= minimumCoverage && (densest < 0 || trajectory[i].Density > trajectory[densest].Density))
            {
                densest = i;
            }
        }

        // Box 0 has coverage 1, so some box qualifies.
        var best = trajectory[densest];
        var floor = best.Density - Math.Sqrt(best.Density * (1 - best.Density) / best.Count);
        for (var i = 0; i <= densest; i++)
        {
            if (trajectory[i].Coverage >= minimumCoverage && trajectory[i].Density >= floor)
            {
                return i;
            }
        }

        return densest;
    }

    private sealed record PeelStep(int Input, bool LowSide, double Threshold, int[] Kept, double Density);
}
