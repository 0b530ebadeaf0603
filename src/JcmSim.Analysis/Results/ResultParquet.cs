using Parquet;

namespace JcmSim.Analysis.Results;

/// <summary>Settings shared by the Parquet result files.</summary>
internal static class ResultParquet
{
    /// <summary>
    /// Rows per row group. Fixed, not tied to the trial block size, so the file's bytes do not depend
    /// on how the trials were blocked; 65,536 rows keeps row groups large enough for efficient scans.
    /// </summary>
    public const int RowGroupRows = 65_536;

    /// <summary>Snappy, the format's common default: fast, deterministic and read by every Parquet reader.</summary>
    public static ParquetOptions Options => new() { CompressionMethod = CompressionMethod.Snappy };
}
