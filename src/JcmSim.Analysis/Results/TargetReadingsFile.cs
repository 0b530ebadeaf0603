using System.Runtime.InteropServices;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using Microsoft.Win32.SafeHandles;

namespace JcmSim.Analysis.Results;

/// <summary>
/// Every trial's readings of the cumulative at each target of one scenario (MODEL.md §Readings of the
/// target), kept in a temporary file of the run's partial result folder instead of memory: the exact
/// target quantiles need every value, 32 bytes a trial and target, which in memory grew a million-trial
/// run's peak by about 70 MB. Rows are trials in order, each the targets' readings as doubles:
/// column <c>target × readings + (int)reading</c>. The file is deleted when disposed (and with the
/// partial folder if the process dies first).
/// </summary>
internal sealed class TargetReadingsFile : IDisposable
{
    /// <summary>File name prefix in the partial result folder.</summary>
    public const string NamePrefix = ".target-readings-";

    // Rows read per chunk: 8,192 trials of two targets are 512 kB.
    private const int ChunkRows = 8192;

    private static readonly int ReadingCount = Enum.GetValues<TargetReading>().Length;

    private readonly SafeFileHandle _handle;
    private readonly int _targets;
    private double[] _buffer = [];

    /// <summary>Creates (or replaces a crashed run's) file <paramref name="name"/> in <paramref name="directory"/>.</summary>
    public TargetReadingsFile(string directory, string name, int targets)
    {
        _targets = targets;
        Columns = targets * ReadingCount;
        _handle = File.OpenHandle(Path.Combine(directory, NamePrefix + name), FileMode.Create, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
    }

    /// <summary>Doubles per row (trial): targets × readings.</summary>
    public int Columns { get; }

    /// <summary>Trials written.</summary>
    public int Rows { get; private set; }

    /// <summary>The column of <paramref name="reading"/> at target <paramref name="target"/>.</summary>
    public static int Column(int target, TargetReading reading) => (target * ReadingCount) + (int)reading;

    /// <summary>Appends the block's trials, which follow the rows written so far.</summary>
    public void Append(TrialBlockResult block)
    {
        var values = Buffer(block.Count);
        for (var i = 0; i < block.Count; i++)
        {
            var row = i * Columns;
            for (var t = 0; t < _targets; t++)
            {
                for (var r = 0; r < ReadingCount; r++)
                {
                    values[row + (t * ReadingCount) + r] = block.ReadingsMt[r][t][i];
                }
            }
        }

        RandomAccess.Write(_handle, MemoryMarshal.AsBytes(values.AsSpan(0, block.Count * Columns)), Offset(Rows));
        Rows += block.Count;
    }

    /// <summary>Hands rows 0 … <paramref name="rows"/> − 1 to <paramref name="chunk"/> in order, a chunk of whole rows at a time.</summary>
    public void ForEachChunk(int rows, Action<ReadOnlySpan<double>> chunk)
    {
        for (var first = 0; first < rows; first += ChunkRows)
        {
            chunk(Read(first, Math.Min(ChunkRows, rows - first)));
        }
    }

    /// <summary>Rows <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1, valid until the next call.</summary>
    public ReadOnlySpan<double> Read(int first, int count)
    {
        if (first < 0 || count < 0 || first + count > Rows)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"Rows {first} … {first + count - 1} are outside the {Rows} written.");
        }

        var values = Buffer(count).AsSpan(0, count * Columns);
        var bytes = MemoryMarshal.AsBytes(values);
        var offset = Offset(first);
        while (!bytes.IsEmpty)
        {
            var read = RandomAccess.Read(_handle, bytes, offset);
            if (read == 0)
            {
                throw new EndOfStreamException($"The target readings file ends before row {first + count}.");
            }

            bytes = bytes[read..];
            offset += read;
        }

        return values;
    }

    /// <inheritdoc/>
    public void Dispose() => _handle.Dispose();

    private long Offset(int row) => (long)row * Columns * sizeof(double);

    private double[] Buffer(int rows)
    {
        if (_buffer.Length < rows * Columns)
        {
            _buffer = new double[rows * Columns];
        }

        return _buffer;
    }
}
