using JcmSim.Model.Distributions;

namespace JcmSim.Model.Scenarios.Parameters;

/// <summary>
/// One distribution-valued input of a resolved <see cref="Scenario"/>, with a stable dotted path
/// (e.g. <c>channels.moej.budgetMultiplier</c>, <c>sectors.solar.sizeTco2PerYear</c>), a display
/// label and a way to put a different distribution in its place (a copy made with <c>with</c>
/// expressions; the original scenario is not changed).
/// </summary>
/// <param name="Path">Stable dotted path: section, entity id or code, field name as in the scenario format.</param>
/// <param name="Label">Display label in English and Japanese, e.g. "Solar PV: project size".</param>
/// <param name="Distribution">The distribution in the scenario.</param>
/// <param name="Scope">Whether it is drawn per trial or per project.</param>
/// <param name="Replace">Returns a copy of a scenario with this input replaced by the given distribution.</param>
public sealed record ScenarioParameter(
    string Path,
    LocalizedText Label,
    Distribution Distribution,
    ParameterScope Scope,
    Func<Scenario, Distribution, Scenario> Replace)
{
    /// <summary>True when the input is uncertain (not a fixed value).</summary>
    public bool IsUncertain => !Distribution.IsFixed;

    /// <summary>
    /// The input held at its <paramref name="p"/>-quantile, as a distribution to put in its place.
    /// Per-trial inputs have a random stream of their own, so <see cref="Distribution.Fixed"/> is
    /// exact. Per-project inputs share one stream per opportunity or project with the attributes
    /// drawn after them, so the constant is written as uniform(q, q): it returns q while consuming one
    /// uniform like the uniform, triangular, normal and log-normal samplers, so every later attribute
    /// keeps its random number (common random numbers hold; beta samplers draw a variable number of
    /// uniforms, which no constant can mirror).
    /// </summary>
    /// <param name="p">Probability in [0, 1], e.g. 0.1 for the P10.</param>
    public Distribution FixedAt(double p) => HeldAt(Distribution.Quantile(p));

    /// <summary>
    /// The input held at <paramref name="value"/>, as a distribution to put in its place: a fixed value
    /// for per-trial inputs and levers, uniform(v, v) for per-project ones (see <see cref="FixedAt(double)"/>).
    /// </summary>
    /// <param name="value">The value, in the input's own unit.</param>
    public Distribution HeldAt(double value) =>
        Scope == ParameterScope.PerTrial ? Distribution.Fixed(value) : new UniformDistribution(value, value);

    /// <summary>A copy of <paramref name="scenario"/> with this input held at <paramref name="value"/> (<see cref="HeldAt(double)"/>).</summary>
    public Scenario HeldAt(Scenario scenario, double value) => Replace(scenario, HeldAt(value));

    /// <summary>
    /// True for a scalar lever (<see cref="ScenarioLevers"/>): a multiplier on a path of the scenario
    /// that has no distribution of its own; <see cref="Distribution"/> is then fixed at 1, the
    /// scenario as written, and a study must give its range.
    /// </summary>
    public bool IsLever { get; init; }

    /// <summary>A copy of <paramref name="scenario"/> with this input held at its <paramref name="p"/>-quantile (<see cref="FixedAt(double)"/>).</summary>
    public Scenario FixedAt(Scenario scenario, double p) => Replace(scenario, FixedAt(p));
}
