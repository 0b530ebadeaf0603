using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Notebooks;

/// <summary>
/// What a global sensitivity study of a scenario (<see cref="MorrisStudy"/>, <see cref="SobolStudy"/>)
/// evaluated: the studied inputs with their ranges, and the mean cumulative reductions at a target
/// year at every design point, all points with the same seed (what <c>jcmsim sensitivity</c> writes to points.csv).
/// </summary>
public abstract class DesignStudy
{
    private protected DesignStudy(Scenario scenario, IReadOnlyList<StudiedInput> inputs, double[][] values, double[] outputs)
    {
        Scenario = scenario;
        Inputs = inputs;
        Values = values;
        Outputs = outputs;
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

    /// <summary>Mean cumulative reductions at the target year, MtCO2, at each design point, in row order.</summary>
    public IReadOnlyList<double> Outputs { get; }
}
