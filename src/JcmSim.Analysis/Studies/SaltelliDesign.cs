namespace JcmSim.Analysis.Studies;

/// <summary>
/// The points at which to evaluate a model for Sobol' indices (A. Saltelli, "Making best use of model
/// evaluations to compute sensitivity indices", Comput. Phys. Commun. 145, 2002). Rows are block-major:
/// A = rows [0, N), B = rows [N, 2N), then AB_i = rows [(2 + i)N, (3 + i)N) for i = 0 … k − 1, where
/// AB_i is A with column i taken from B.
/// </summary>
/// <param name="BaseSamples">N, the rows of A (and of B and of each AB_i).</param>
/// <param name="Dimensions">k, the number of inputs.</param>
/// <param name="Points">N·(k + 2) points in (0, 1)^k.</param>
public sealed record SaltelliDesign(int BaseSamples, int Dimensions, double[][] Points)
{
    /// <summary>The row of base sample <paramref name="j"/> in matrix A.</summary>
    public int RowOfA(int j) => j;

    /// <summary>The row of base sample <paramref name="j"/> in matrix B.</summary>
    public int RowOfB(int j) => BaseSamples + j;

    /// <summary>The row of base sample <paramref name="j"/> in matrix AB_<paramref name="input"/>.</summary>
    public int RowOfAB(int input, int j) => ((2 + input) * BaseSamples) + j;
}
