using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Checkpoints;

/// <summary>
/// One completed trial block on disk, exactly as the engine returned it. Layout: the 8 bytes
/// <c>JCMSIMBK</c>, the format version (int32), the SHA-256 of the payload (32 bytes), then the
/// zlib-compressed payload: scenario index, block index, first trial, count, first year, years,
/// targets, series, tested reading (int32 each), then per target the four readings of the cumulative
/// (double, in <see cref="TargetReading"/> order) and first years met (int32), the projects funded and partners active (int32 per trial), and the
/// annual series (double). Little-endian throughout.
/// </summary>
/// <remarks>
/// A file is written under a temporary name, flushed to disk and then renamed, so a process killed
/// at any moment leaves either a whole block file or none under the final name; the hash catches
/// anything damaged later.
/// </remarks>
internal static class BlockCheckpointFile
{
    private const int HashBytes = 32;

    private static ReadOnlySpan<byte> Magic => "JCMSIMBK"u8;

    /// <summary>The file name of block <paramref name="block"/> of scenario <paramref name="scenario"/>.</summary>
    public static string Name(int scenario, int block) => $"{scenario}-{block}.block";

    /// <summary>Writes <paramref name="result"/> to <paramref name="path"/> atomically (temporary file, flush, rename).</summary>
    /// <param name="path">The block's file.</param>
    /// <param name="scenario">Scenario index.</param>
    /// <param name="block">Block index.</param>
    /// <param name="result">The block.</param>
    /// <param name="payload">A buffer the caller reuses from block to block (a block is megabytes: a new buffer each time would churn the large-object heap).</param>
    public static void Write(string path, int scenario, int block, TrialBlockResult result, MemoryStream payload)
    {
        payload.SetLength(0);
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            var targets = result.CumulativeMt.Length;
            foreach (var value in new[] { scenario, block, result.FirstTrial, result.Count, result.FirstYear, result.Years, targets, result.Annual.Length, (int)result.TestedReading })
            {
                writer.Write(value);
            }

            for (var t = 0; t < targets; t++)
            {
                foreach (var reading in result.ReadingsMt)
                {
                    WriteValues(writer, reading[t], result.Count);
                }

                WriteValues(writer, result.FirstYearMet[t], result.Count);
            }

            WriteValues(writer, result.ProjectsFunded, result.Count);
            WriteValues(writer, result.PartnersActive, result.Count);
            foreach (var series in result.Annual)
            {
                WriteValues(writer, series, result.Count * result.Years);
            }
        }

        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            file.Write(Magic);
            Span<byte> version = stackalloc byte[sizeof(int)];
            BinaryPrimitives.WriteInt32LittleEndian(version, CheckpointManifest.CurrentFormatVersion);
            file.Write(version);
            file.Write(SHA256.HashData(bytes));
            using (var compressed = new ZLibStream(file, CompressionLevel.Fastest, leaveOpen: true))
            {
                compressed.Write(bytes);
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads block <paramref name="block"/> of scenario <paramref name="scenario"/> from <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a whole block checkpoint of that block.</exception>
    public static TrialBlockResult Read(string path, int scenario, int block)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> header = stackalloc byte[8 + sizeof(int) + HashBytes];
        file.ReadExactly(header);
        if (!header[..8].SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(header[8..12]) != CheckpointManifest.CurrentFormatVersion)
        {
            throw new InvalidDataException("not a block checkpoint of this format");
        }

        using var payload = new MemoryStream();
        using (var compressed = new ZLibStream(file, CompressionMode.Decompress))
        {
            compressed.CopyTo(payload);
        }

        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        if (!SHA256.HashData(bytes).AsSpan().SequenceEqual(header[12..]))
        {
            throw new InvalidDataException("its content does not match its hash");
        }

        payload.Position = 0;
        using var reader = new BinaryReader(payload, Encoding.UTF8, leaveOpen: true);
        try
        {
            var (fileScenario, fileBlock) = (reader.ReadInt32(), reader.ReadInt32());
            if (fileScenario != scenario || fileBlock != block)
            {
                throw new InvalidDataException($"it holds block {fileBlock} of scenario {fileScenario}");
            }

            var (firstTrial, count, firstYear, years, targets, series) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            var tested = (TargetReading)reader.ReadInt32();
            // Nine int32 dimensions, per target a double per reading and an int32 per trial, two
            // int32 per trial, and the annual series: the payload's size follows from its dimensions.
            var readings = Enum.GetValues<TargetReading>().Length;
            var expected = (9L * sizeof(int)) + ((long)targets * count * ((readings * sizeof(double)) + sizeof(int))) + (2L * count * sizeof(int)) + ((long)series * years * count * sizeof(double));
            if (count < 1 || years < 1 || targets < 0 || series < 0 || !Enum.IsDefined(tested) || expected != bytes.Length)
            {
                throw new InvalidDataException("its size does not match its dimensions");
            }

            var result = new TrialBlockResult(firstTrial, count, targets, firstYear, years, series, tested);
            for (var t = 0; t < targets; t++)
            {
                foreach (var reading in result.ReadingsMt)
                {
                    ReadValues(reader, reading[t]);
                }

                ReadValues(reader, result.FirstYearMet[t]);
            }

            ReadValues(reader, result.ProjectsFunded);
            ReadValues(reader, result.PartnersActive);
            foreach (var values in result.Annual)
            {
                ReadValues(reader, values);
            }

            return result;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("it ends inside the block");
        }
    }

    private static void WriteValues(BinaryWriter writer, double[] values, int count)
    {
        for (var i = 0; i < count; i++)
        {
            writer.Write(values[i]);
        }
    }

    private static void WriteValues(BinaryWriter writer, int[] values, int count)
    {
        for (var i = 0; i < count; i++)
        {
            writer.Write(values[i]);
        }
    }

    private static void ReadValues(BinaryReader reader, double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadDouble();
        }
    }

    private static void ReadValues(BinaryReader reader, int[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadInt32();
        }
    }
}
