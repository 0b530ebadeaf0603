using JcmSim.Analysis.Statistics;
using JcmSim.Analysis.Studies;
using JcmSim.Charts.Studies;
using JcmSim.Model.Randomness;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Tests.Studies;

/// <summary>Small fixed study results for the chart tests: synthetic but shaped like the baseline's studies.</summary>
internal static class SampleStudies
{
    public const int Trials = 400;

    public static StudyProvenance Provenance { get; } = new("0.1.0", "baseline", new LocalizedText("Current policy", "現行政策"), Trials, 7);

    public static StudyInput Capital { get; } = new(new LocalizedText("Private capital multiplier", "民間資金の倍率"), "×", 0.5, 5);

    public static StudyInput Partners { get; } = new(new LocalizedText("New partners per year", "年間新規パートナー数"), "", 0, 4);

    public static IReadOnlyList<StudyInput> Inputs { get; } =
    [
        Capital,
        Partners,
        new(new LocalizedText("Credit price trend", "クレジット価格の趨勢"), "×", 0.5, 2),
        new(new LocalizedText("Agreement extension probability", "協定延長確率"), "", 0.5, 1),
        new(new LocalizedText("Pipeline multiplier", "案件形成の倍率"), "×", 0.5, 2),
    ];

    public static ReductionTarget Target2030 { get; } = new(2030, 100);

    public static ReductionTarget Target2040 { get; } = new(2040, 200);

    public static SweepChartData Sweep()
    {
        var values = Enumerable.Range(0, 13).Select(i => 0.5 + (i * 0.375)).ToArray();
        SweepTargetSeries Series(ReductionTarget target, double middle) => Probabilities(target, values.Select(v => Logistic(2 * (v - middle))).ToArray());
        var median = values.Select(v => 30 + (40 * v)).ToArray();
        return new SweepChartData(
            Provenance,
            Capital,
            values.Reverse().ToArray(),
            [Series(Target2030, 2.4).Reversed(), Series(Target2040, 3.6).Reversed()],
            new SweepCumulativeSeries(2030, median.Reverse().ToArray(), median.Select(m => m * 0.7).Reverse().ToArray(), median.Select(m => m * 1.3).Reverse().ToArray(), 100));
    }

    public static SweepHeatmapData Grid()
    {
        var xs = new List<double>();
        var ys = new List<double>();
        var ps = new List<double>();
        foreach (var point in Designs.Grid(2, 9))
        {
            var (x, y) = (0.5 + (4.5 * point[0]), 4 * point[1]);
            xs.Add(x);
            ys.Add(y);
            ps.Add(Rounded(Logistic((1.6 * (x - 2.5)) + (1.2 * (y - 1.5)))));
        }

        return new SweepHeatmapData(Provenance, Capital, Partners, Target2030, xs, ys, ps);
    }

    public static SweepHeatmapData Scatter()
    {
        var design = Designs.LatinHypercube(80, 2, 5);
        var xs = design.Select(p => 0.5 + (4.5 * p[0])).ToArray();
        var ys = design.Select(p => 4 * p[1]).ToArray();
        var ps = xs.Zip(ys, (x, y) => Rounded(Logistic((1.6 * (x - 2.5)) + (1.2 * (y - 1.5))))).ToArray();
        return new SweepHeatmapData(Provenance, Capital, Partners, Target2040, xs, ys, ps, OutlineProbability: 0.8);
    }

    public static SobolResult Sobol()
    {
        var design = JcmSim.Analysis.Studies.Sobol.Saltelli(512, 5, seed: 3);
        var outputs = design.Points.Select(Model).ToArray();
        var indices = JcmSim.Analysis.Studies.Sobol.Analyze(design, outputs, bootstrapResamples: 200);
        return new SobolResult(Study(512, outputs), indices);
    }

    public static MorrisResult Morris()
    {
        var design = JcmSim.Analysis.Studies.Morris.Trajectories(20, 5, 4, seed: 3);
        var outputs = design.Points.Select(Model).ToArray();
        var indices = JcmSim.Analysis.Studies.Morris.Analyze(design, outputs, bootstrapResamples: 200);
        return new MorrisResult(Study(20, outputs), indices);
    }

    /// <summary>A study of <see cref="Inputs"/> on the mean cumulative by FY2040, with the footer of <see cref="Provenance"/>.</summary>
    public static SensitivityStudyInfo Study(int samples, double[] outputs) => new(
        Provenance.ScenarioName, Provenance.ScenarioTitle, samples, outputs.Length, Provenance.TrialsPerPoint, Provenance.Seed, Provenance.Version, 2040, "cumulative", 1,
        StudyInputs(Inputs), "");

    /// <summary>Chart inputs as a study's result names them.</summary>
    public static IReadOnlyList<StudyInputInfo> StudyInputs(IReadOnlyList<StudyInput> inputs) =>
        inputs.Select((input, i) => new StudyInputInfo($"input{i}", input.Name, "perTrial", "", input.Low ?? 0, input.High ?? 1)).ToList();

    public static PrimChartData Prim()
    {
        const int n = 600;
        var inputs = new double[n][];
        var missed = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var stream = new RandomStream(StreamKey.For(11, JcmSim.Model.Randomness.StableHash.Of("prim-chart"), 0, RandomPurpose.Parameter), i);
            var u = Enumerable.Range(0, 5).Select(_ => stream.NextUniform()).ToArray();
            inputs[i] = Inputs.Select((input, j) => input.Low!.Value + (u[j] * (input.High!.Value - input.Low!.Value))).ToArray();
            var inBox = inputs[i][0] < 2.2 && inputs[i][1] < 2.5;
            missed[i] = stream.NextUniform() < 0.05 ? !inBox : inBox;
        }

        var result = JcmSim.Analysis.Studies.Prim.Peel(inputs, missed, new PrimOptions());
        return new PrimChartData(Provenance, Inputs, new LocalizedText("the FY2030 target is missed", "2030年度目標が未達となる"), result);
    }

    // Shaped like the model's response: capital and partners dominate, the price acts through capital.
    private static double Model(double[] u) =>
        (60 * u[0]) + (40 * u[1] * u[1]) + (25 * u[0] * u[2]) + (8 * u[3]) + (0.5 * u[4]);

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    private static double Rounded(double p) => Math.Round(p * Trials) / Trials;

    private static SweepTargetSeries Probabilities(ReductionTarget target, double[] p)
    {
        var met = p.Select(v => (long)Math.Round(v * Trials)).ToArray();
        var intervals = met.Select(m => WilsonInterval.Compute(m, Trials)).ToArray();
        return new SweepTargetSeries(target, met.Select(m => m / (double)Trials).ToArray(), intervals.Select(i => i.Low).ToArray(), intervals.Select(i => i.High).ToArray());
    }

    private static SweepTargetSeries Reversed(this SweepTargetSeries series) =>
        series with { Probability = series.Probability.Reverse().ToArray(), Low = series.Low.Reverse().ToArray(), High = series.High.Reverse().ToArray() };
}
