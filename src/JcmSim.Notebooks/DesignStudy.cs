using JcmSim.Charts.Studies;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Notebooks;

/// <summary>
/// What a global sensitivity study of a scenario (<see cref="MorrisStudy"/>, <see cref="SobolStudy"/>)
/// evaluated: the studied inputs with their ranges, and the mean cumulative reductions at a target
/// year at every design point, all points with the same seed.
/// </summary>
public abstract class DesignStudy
{
    private protected DesignStudy(Scenario scenario, IReadOnlyList<StudiedInput> inputs, double[][] values, double[] outputs, int fiscalYear, int trialsPerPoint, ulong seed)
    {
        Scenario = scenario;
        Inputs = inputs;
        Values = values;
        Outputs = outputs;
        FiscalYear = fiscalYear;
        TrialsPerPoint = trialsPerPoint;
        Seed = seed;
    }

    /// <summary>The scenario studied.</summary>
    public Scenario Scenario { get; }

    /// <summary>The inputs, by design column, with the ranges they were studied over.</summary>
    public IReadOnlyList<StudiedInput> Inputs { get; }

    /// <summary>
    /// The input values at each design point, in row order and input order: each coordinate's
    /// quantile of the input's study range, finite even for an unbounded range (as <c>jcmsim sensitivity</c>'s points.csv).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> Values { get; }

    /// <summary>Mean cumulative reductions at <see cref="FiscalYear"/>, MtCO2, at each design point, in row order.</summary>
    public IReadOnlyList<double> Outputs { get; }

    /// <summary>The target year whose cumulative is the output.</summary>
    public int FiscalYear { get; }

    /// <summary>Trials per design point.</summary>
    public int TrialsPerPoint { get; }

    /// <summary>Seed shared by every point.</summary>
    public ulong Seed { get; }

    /// <summary>The chart footer's provenance.</summary>
    private protected StudyProvenance Provenance => new(Jcm.Version, Scenario.Name, Scenario.Title, TrialsPerPoint, Seed);

    /// <summary>The inputs as the study charts name them.</summary>
    private protected IReadOnlyList<StudyInput> ChartInputs => Inputs.Select(i => new StudyInput(i.Parameter.Label)).ToList();

    /// <summary>What was analysed, in English and Japanese.</summary>
    private protected LocalizedText Output => new($"mean cumulative reductions by FY{FiscalYear}", $"{FiscalYear}年度までの累積削減量の平均");
}
