namespace JcmSim.Model.Scenarios;

/// <summary>
/// A scenario holds a parameter that is infinite or NaN, which the model cannot simulate (a Poisson
/// count with an infinite mean has no value, a budget of ∞ yen funds everything). Typically an
/// input held at the 0 or 1 quantile of an unbounded distribution, e.g. a log-normal's Quantile(1).
/// </summary>
public sealed class NonFiniteParameterException : ArgumentException
{
    /// <summary>Creates the exception for the parameter at <paramref name="path"/>.</summary>
    /// <param name="path">Dotted path of the parameter, as in the scenario format, e.g. <c>pipeline.multiplier</c>.</param>
    /// <param name="problem">What is wrong with it, e.g. <c>+∞ is not a finite number</c>.</param>
    public NonFiniteParameterException(string path, string problem)
        : base($"{path}: {problem} (allowed: a finite value; an input held at the 0 or 1 quantile of an unbounded distribution is infinite, bound the range first)")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Dotted path of the parameter, e.g. <c>pipeline.multiplier</c>.</summary>
    public string Path { get; }

    /// <summary>What is wrong with the value, without the path.</summary>
    public string Problem { get; }
}
