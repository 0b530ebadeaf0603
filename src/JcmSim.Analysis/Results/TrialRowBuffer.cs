using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>
/// A fixed-capacity column buffer of trials.parquet rows: one row group. Filled by the producer,
/// written by <see cref="TrialsFileSink"/>, then cleared and reused, so memory does not grow with trials.
/// </summary>
internal sealed class TrialRowBuffer
{
    public TrialRowBuffer(int capacity, int targets)
    {
        Capacity = capacity;
        Scenario = new string[capacity];
        Trial = new long[capacity];
        CumulativeMt = Jagged<double>(targets, capacity);
        ReadingsMt = Enum.GetValues<TargetReading>().Select(_ => Jagged<double>(targets, capacity)).ToArray();
        Met = Jagged<bool>(targets, capacity);
        FirstYearMet = Jagged<int?>(targets, capacity);
        ProjectsFunded = new int[capacity];
        PartnersActive = new int[capacity];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    public string[] Scenario { get; }

    public long[] Trial { get; }

    public double[][] CumulativeMt { get; }

    /// <summary>Every reading, [(int)reading][target][row].</summary>
    public double[][][] ReadingsMt { get; }

    public bool[][] Met { get; }

    public int?[][] FirstYearMet { get; }

    public int[] ProjectsFunded { get; }

    public int[] PartnersActive { get; }

    /// <summary>Appends the block's trials from <paramref name="offset"/> on, as many as fit; returns how many.</summary>
    public int Append(string scenario, double[] thresholdsMt, TrialBlockResult block, int offset)
    {
        var rows = Math.Min(Capacity - Count, block.Count - offset);
        for (var r = 0; r < rows; r++)
        {
            var source = offset + r;
            var row = Count + r;
            Scenario[row] = scenario;
            Trial[row] = (long)block.FirstTrial + source;
            for (var t = 0; t < thresholdsMt.Length; t++)
            {
                var cumulative = block.CumulativeMt[t][source];
                CumulativeMt[t][row] = cumulative;
                for (var k = 0; k < ReadingsMt.Length; k++)
                {
                    ReadingsMt[k][t][row] = block.ReadingsMt[k][t][source];
                }

                Met[t][row] = cumulative >= thresholdsMt[t];
                var firstYear = block.FirstYearMet[t][source];
                FirstYearMet[t][row] = firstYear == 0 ? null : firstYear;
            }

            ProjectsFunded[row] = block.ProjectsFunded[source];
            PartnersActive[row] = block.PartnersActive[source];
        }

        Count += rows;
        return rows;
    }

    public void Clear()
    {
        Array.Clear(Scenario, 0, Count);
        Count = 0;
    }

    private static T[][] Jagged<T>(int rows, int columns)
    {
        var result = new T[rows][];
        for (var i = 0; i < rows; i++)
        {
            result[i] = new T[columns];
        }

        return result;
    }
}
