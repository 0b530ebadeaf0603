namespace JcmSim.Analysis.Studies;

/// <summary>The range of one input inside a PRIM box, in the input's own units.</summary>
/// <param name="Input">The input's column.</param>
/// <param name="Low">The smallest value inside the box (the data minimum when the low side is not restricted).</param>
/// <param name="High">The largest value inside the box (the data maximum when the high side is not restricted).</param>
/// <param name="RestrictsLow">Whether peeling raised the lower limit.</param>
/// <param name="RestrictsHigh">Whether peeling lowered the upper limit.</param>
public sealed record PrimLimit(int Input, double Low, double High, bool RestrictsLow, bool RestrictsHigh);
