using System.Globalization;
using JcmSim.Analysis.Studies;
using JcmSim.Model.Finance;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Runs.Studies;

/// <summary>
/// <c>jcmsim goal-seek</c>: the value of one lever at which P(target met) reaches a probability, by
/// bisection (<see cref="GoalSeek.SeekAsync"/>) with probes that run the same trials with the same
/// seed (common random numbers, so P changes only because the lever does). Every other uncertain
/// input stays random. Writes goal-seek.json, probes.parquet/csv and manifest.json.
/// </summary>
public static class GoalSeekStudy
{
    /// <summary>File name of the JSON result.</summary>
    public const string Json = "goal-seek.json";

    /// <summary>Base name of the probe table.</summary>
    public const string ProbesName = "probes";

    /// <summary>Runs the study; returns its report.</summary>
    public static async Task<StudyOutcome<GoalSeekReport>> RunAsync(GoalSeekOptions options, IRunHost host, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var study = options.Study;
        var loaded = StudySession.Load(study);
        var scenario = loaded.Scenario;
        var target = StudyTargets.Resolve(scenario, options.TargetYear ?? scenario.Accounting.Targets[0].FiscalYear, study.Scenario);
        var input = StudyLever.Resolve(scenario, options.Lever, study.Scenario, "--lever", "--low and --high");
        var low = options.Low ?? StudyInputs.ValueAt(input, 0);
        var high = options.High ?? StudyInputs.ValueAt(input, 1);
        if (!(double.IsFinite(low) && double.IsFinite(high) && low < high))
        {
            throw new BadInputException($"--low {Format(low)} --high {Format(high)}: not a range to search (allowed: finite values with low < high).");
        }

        if (input.Parameter.IsLever && low < 0)
        {
            throw new BadInputException($"--low {Format(low)}: {input.Path} is a multiplier (allowed: ≥ 0).");
        }

        await using var session = await StudySession.StartAsync(study, loaded, "goal-seek", host, cancellationToken);
        var runner = session.Runner([input]);
        var request = new GoalSeekRequest(low, high, options.Probability, MaxProbes: options.MaxProbes);
        GoalSeekResult result = null!;
        var probes = 0;
        await session.WithProgressAsync($"{scenario.Name}: goal-seek {input.Path}", options.MaxProbes, async progress =>
        {
            result = await GoalSeek.SeekAsync(
                async (value, token) =>
                {
                    var outcome = await runner.RunPointAsync(probes++, [value], progress, token);
                    var at = outcome.At(target.FiscalYear);
                    return new ProbabilityEstimate(at.Met, at.Trials);
                },
                request,
                cancellationToken);
        });

        var capital = CapitalPerUnit(scenario, input.Path, target.FiscalYear) is { } perUnit
            ? new CapitalEquivalent(perUnit, result.Value * perUnit, result.IntervalLow * perUnit, result.IntervalHigh * perUnit)
            : null;
        var rows = result.Probes.Select(p =>
        {
            var interval = p.Estimate.Interval();
            return new GoalSeekProbeRow(p.Value, p.Estimate.Met, p.Estimate.Trials, p.Estimate.Probability, interval.Low, interval.High);
        }).ToList();
        var report = new GoalSeekReport(scenario.Name, StudyInputs.Describe(input), target.FiscalYear, target.ThresholdMt, options.Probability, low, high, study.TrialsPerPoint, study.Seed,
            result.Status, result.Value, result.IntervalLow, result.IntervalHigh, result.Increasing, capital, Sentence(input, target, options.Probability, low, high, result, rows, capital), rows);

        await new StudyTable(rows.Count)
            .Number("probe", rows.Select((_, i) => (double)i))
            .Number("value", rows.Select(r => r.Value))
            .Number("met", rows.Select(r => (double)r.Met))
            .Number("trials", rows.Select(r => (double)r.Trials))
            .Number("p_met", rows.Select(r => r.Probability))
            .Number("p_met_low", rows.Select(r => r.CiLow))
            .Number("p_met_high", rows.Select(r => r.CiHigh))
            .WriteAsync(session.FolderPath, ProbesName, cancellationToken);
        await StudyJson.WriteAsync(Path.Combine(session.FolderPath, Json), report, cancellationToken);
        return await session.CompleteAsync(report, commandLine, $"{rows.Count} probes × {study.TrialsPerPoint:N0} trials", cancellationToken);
    }

    /// <summary>JPY per year that a value of 1 of <paramref name="path"/> stands for, when the input scales capital; else null.</summary>
    public static double? CapitalPerUnit(Scenario scenario, string path, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        if (path == ScenarioLevers.PrivateCapital)
        {
            return ScenarioLevers.PrivateCapitalJpy(scenario, fiscalYear);
        }

        var parts = path.Split('.');
        return parts is ["channels", var id, "budgetMultiplier"] && scenario.Channels.FirstOrDefault(c => c.Id == id) is FinanceChannel channel
            ? channel.AnnualBudgetJpy.At(fiscalYear)
            : null;
    }

    private static LocalizedText Sentence(StudiedInput input, ReductionTarget target, double probability, double low, double high, GoalSeekResult result, IReadOnlyList<GoalSeekProbeRow> probes, CapitalEquivalent? capital)
    {
        var goal = $"P(≥ {Format(target.ThresholdMt)} Mt by FY{target.FiscalYear}) ≥ {100 * probability:F0}%";
        var goalJa = $"FY{target.FiscalYear}までに{Format(target.ThresholdMt)}百万t以上となる確率{100 * probability:F0}%";
        string Jpy(double? value) => value is { } v ? $"¥{v / 1e9:N0} bn/yr" : "unbounded";
        string JpyJa(double? value) => value is { } v ? $"年{v / 1e8:N0}億円" : "範囲外";
        string Bound(double? value) => value is { } v ? Format(v) : "?";
        switch (result.Status)
        {
            case GoalSeekStatus.Reached:
                var en = $"{goal} is reached at {input.Path} = {Format(result.Value!.Value)} (95% interval {Bound(result.IntervalLow)}–{Bound(result.IntervalHigh)})";
                var ja = $"{goalJa}に達するのは {input.Path} = {Format(result.Value!.Value)}（95%区間 {Bound(result.IntervalLow)}–{Bound(result.IntervalHigh)}）";
                if (capital is not null)
                {
                    en += $", i.e. {Jpy(capital.Value)} ({Jpy(capital.IntervalLow)}–{Jpy(capital.IntervalHigh)}) in FY{target.FiscalYear}";
                    ja += $"、FY{target.FiscalYear}に{JpyJa(capital.Value)}（{JpyJa(capital.IntervalLow)}–{JpyJa(capital.IntervalHigh)}）";
                }

                return new LocalizedText(en + ".", ja + "のときです。");
            case GoalSeekStatus.UnreachableWithinRange:
                var best = probes.OrderByDescending(p => p.Probability).ThenByDescending(p => p.Value).First();
                return new LocalizedText(
                    $"{goal} is not reachable with {input.Path} in [{Format(low)}, {Format(high)}]: the best probe, at {Format(best.Value)}, gives {100 * best.Probability:F1}% [{100 * best.CiLow:F1}, {100 * best.CiHigh:F1}]; other levers must move too.",
                    $"{input.Path} を [{Format(low)}, {Format(high)}] で動かしても{goalJa}には届きません（最良の {Format(best.Value)} で {100 * best.Probability:F1}% [{100 * best.CiLow:F1}, {100 * best.CiHigh:F1}]）。他の手段も必要です。");
            case GoalSeekStatus.MetThroughoutRange:
                return new LocalizedText(
                    $"{goal} holds over the whole range of {input.Path}, [{Format(low)}, {Format(high)}]: lower --low to find where it starts.",
                    $"{input.Path} の範囲 [{Format(low)}, {Format(high)}] 全体で{goalJa}を満たします。--low を下げてください。");
            default:
                return new LocalizedText(
                    $"P(FY{target.FiscalYear} target met) does not change monotonically with {input.Path} (see the probes), so no single value answers; run with more --trials or a narrower range.",
                    $"FY{target.FiscalYear}目標の達成確率が {input.Path} に対して単調でないため、一つの値に定まりません。--trials を増やすか範囲を狭めてください。");
        }
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
