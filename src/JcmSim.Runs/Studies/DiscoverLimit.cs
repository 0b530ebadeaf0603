namespace JcmSim.Runs.Studies;

/// <summary>A bound of a box on one input.</summary>
/// <param name="Path">Input path.</param>
/// <param name="Low">Smallest value inside the box.</param>
/// <param name="High">Largest value inside the box.</param>
/// <param name="RestrictsLow">True when the box cuts off low values.</param>
/// <param name="RestrictsHigh">True when the box cuts off high values.</param>
public sealed record DiscoverLimit(string Path, double Low, double High, bool RestrictsLow, bool RestrictsHigh);
