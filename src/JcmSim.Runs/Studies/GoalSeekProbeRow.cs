namespace JcmSim.Runs.Studies;

/// <summary>One probe of a goal-seek: the lever value and P(target met) there with its 95% Wilson interval.</summary>
/// <param name="Value">Lever value.</param>
/// <param name="Met">Trials that met the target.</param>
/// <param name="Trials">Trials run.</param>
/// <param name="Probability">Met ÷ Trials.</param>
/// <param name="CiLow">Lower bound of the Wilson interval.</param>
/// <param name="CiHigh">Upper bound of the Wilson interval.</param>
public sealed record GoalSeekProbeRow(double Value, int Met, int Trials, double Probability, double CiLow, double CiHigh);
