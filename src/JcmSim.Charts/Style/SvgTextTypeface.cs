using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using SkiaSharp;

namespace JcmSim.Charts.Style;

/// <summary>
/// The chart font with a small character map, for drawing SVG text only. Skia's SVG canvas writes each
/// text run as characters by mapping its glyphs back to Unicode, and it builds that map anew for every
/// run by walking the whole character map of the typeface: for Noto Sans CJK (about 44,000 mapped
/// characters) that was about 0.8 ms a run, 0.2-0.3 s of processor time for the ~300 runs of a run's nine charts. This face is
/// the same font file with only its character map cut down to <see cref="Characters"/> (the same
/// glyphs, metrics and names), so text drawn with it gives the same SVG bytes as with the full face as
/// long as every character drawn is one of <see cref="Characters"/>; callers check that
/// (<see cref="Covers"/>) before they use it.
/// </summary>
internal static class SvgTextTypeface
{
    // What the charts' English text and numbers are made of, and the Japanese text's kana and
    // punctuation: Basic Latin, Latin-1, Latin Extended-A, general punctuation, letterlike symbols,
    // arrows, mathematical operators, geometric shapes, CJK symbols and punctuation, hiragana,
    // katakana, half- and fullwidth forms. Kanji are not here: a label with one keeps the full face.
    private static readonly (int First, int Last)[] Ranges =
    [
        (0x0020, 0x007E), (0x00A0, 0x017F), (0x2000, 0x206F), (0x2100, 0x214F), (0x2190, 0x21FF),
        (0x2200, 0x22FF), (0x25A0, 0x25FF), (0x3000, 0x30FF), (0xFF00, 0xFFEF),
    ];

    /// <summary>True when every character of <paramref name="text"/> is one the small face maps like the full one.</summary>
    public static bool Covers(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        foreach (var c in text)
        {
            // Line breaks split a label into runs; they are never drawn as glyphs.
            if (c != '\n' && c != '\r' && !InRanges(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InRanges(int c)
    {
        foreach (var (first, last) in Ranges)
        {
            if (c >= first && c <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every code point of <see cref="Ranges"/>, in order.</summary>
    internal static IEnumerable<int> Characters => Ranges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1));

    /// <summary>
    /// Face 0 of <paramref name="fontPath"/> (an OpenType file or collection) with its character map cut
    /// down to <see cref="Characters"/>, or null when the file's map is not the one this understands
    /// (a format-12 Unicode map) or its tables point past its end: then the caller keeps the full face.
    /// </summary>
    public static SKTypeface? Open(string fontPath)
    {
        // The file is mapped copy-on-write and the small map written over face 0's own: only the pages written are
        // copied (the collections are ~20 MB; reading them into memory cost more processor time than the map walks saved).
        var size = new FileInfo(fontPath).Length;
        var mapping = MemoryMappedFile.CreateFromFile(fontPath, FileMode.Open, mapName: null, 0, MemoryMappedFileAccess.CopyOnWrite);
        var view = mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.CopyOnWrite);
        if (SmallCmapFor(view) is not (var record, var cmapOffset, var small))
        {
            view.Dispose();
            mapping.Dispose();
            return null;
        }

        view.WriteArray(cmapOffset, small, 0, small.Length);
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)small.Length);
        view.WriteArray(record + 12, length, 0, 4);
        var address = view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)view.PointerOffset;
        using var data = SKData.Create(address, checked((int)size), (_, _) =>
        {
            view.Dispose();
            mapping.Dispose();
        });
        return SKTypeface.FromData(data, 0);
    }

    // Face 0's cmap record, its table's offset and the small map to write there; null when the file's map is not
    // the one this understands, the small map would not fit, or the file's tables point past its end.
    private static (int Record, long Offset, byte[] Small)? SmallCmapFor(MemoryMappedViewAccessor view)
    {
        try
        {
            var (record, offset, length) = CmapRecord(view);
            var small = record < 0 ? null : SmallCmap(Read(view, offset, length));
            return small is null || small.Length > length ? null : (record, offset, small);
        }
        catch (Exception exception) when (exception is EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }

    private static byte[] Read(MemoryMappedViewAccessor view, long offset, int count)
    {
        var bytes = new byte[count];
        if (view.ReadArray(offset, bytes, 0, count) != count)
        {
            throw new EndOfStreamException($"The font file ends inside a table it names ({count:N0} bytes at {offset:N0}).");
        }

        return bytes;
    }

    // Where face 0's cmap table record is, and the table's offset and length; record -1 when there is none.
    private static (int Record, long Offset, int Length) CmapRecord(MemoryMappedViewAccessor view)
    {
        var header = Read(view, 0, 16);
        var directory = BinaryPrimitives.ReadUInt32BigEndian(header) == 0x74746366 /* 'ttcf' */
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(12))
            : 0;
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(Read(view, directory + 4, 2));
        var records = Read(view, directory + 12, 16 * tableCount);
        for (var t = 0; t < tableCount; t++)
        {
            var entry = records.AsSpan(16 * t);
            if (BinaryPrimitives.ReadUInt32BigEndian(entry) == 0x636D6170 /* 'cmap' */)
            {
                return (directory + 12 + (16 * t), BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
            }
        }

        return (-1, 0, 0);
    }

    /// <summary>
    /// A cmap table to replace <paramref name="cmap"/>, or null when it has no format-12 Unicode subtable.
    /// The new map holds each character of <see cref="Characters"/> the old one maps, and for each of
    /// their glyphs the lowest character the old map sends to it (Skia maps a glyph back to the first
    /// character in code order that reaches it, so the glyph reads back as the same character as with
    /// the full map).
    /// </summary>
    internal static byte[]? SmallCmap(ReadOnlySpan<byte> cmap) =>
        Format12Groups(cmap, 0) is { } groups ? Format12Table(SmallMap(groups)) : null;

    // The (first, last, first glyph) groups of the Windows UCS-4 (3,10) or Unicode full-repertoire (0,4) subtable.
    private static (uint First, uint Last, uint Glyph)[]? Format12Groups(ReadOnlySpan<byte> font, int cmap)
    {
        var subtables = BinaryPrimitives.ReadUInt16BigEndian(font[(cmap + 2)..]);
        for (var s = 0; s < subtables; s++)
        {
            var at = cmap + 4 + (8 * s);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(font[at..]);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(font[(at + 2)..]);
            var sub = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font[(at + 4)..]);
            if (!((platform == 3 && encoding == 10) || (platform == 0 && encoding == 4)) || BinaryPrimitives.ReadUInt16BigEndian(font[sub..]) != 12)
            {
                continue;
            }

            var count = (int)BinaryPrimitives.ReadUInt32BigEndian(font[(sub + 12)..]);
            var groups = new (uint, uint, uint)[count];
            for (var g = 0; g < count; g++)
            {
                var group = font[(sub + 16 + (12 * g))..];
                groups[g] = (BinaryPrimitives.ReadUInt32BigEndian(group), BinaryPrimitives.ReadUInt32BigEndian(group[4..]), BinaryPrimitives.ReadUInt32BigEndian(group[8..]));
            }

            return groups;
        }

        return null;
    }

    private static SortedDictionary<uint, uint> SmallMap((uint First, uint Last, uint Glyph)[] groups)
    {
        // The lowest character reaching each glyph, as Skia's walk in code order finds it.
        var lowest = new Dictionary<uint, uint>();
        foreach (var (first, last, glyph) in groups)
        {
            for (var c = first; c <= last; c++)
            {
                var g = glyph + (c - first);
                if (g != 0)
                {
                    lowest.TryAdd(g, c);
                }
            }
        }

        var map = new SortedDictionary<uint, uint>();
        foreach (var c in Characters)
        {
            var g = GlyphOf(groups, (uint)c);
            if (g != 0)
            {
                map[(uint)c] = g;
                map[lowest[g]] = g;
            }
        }

        return map;
    }

    private static uint GlyphOf((uint First, uint Last, uint Glyph)[] groups, uint c)
    {
        int lo = 0, hi = groups.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (c < groups[mid].First)
            {
                hi = mid - 1;
            }
            else if (c > groups[mid].Last)
            {
                lo = mid + 1;
            }
            else
            {
                return groups[mid].Glyph + (c - groups[mid].First);
            }
        }

        return 0;
    }

    // A cmap table with one (3,10) format-12 subtable for map, consecutive characters on consecutive glyphs grouped.
    private static byte[] Format12Table(SortedDictionary<uint, uint> map)
    {
        var groups = new List<(uint First, uint Last, uint Glyph)>();
        foreach (var (c, g) in map)
        {
            if (groups.Count > 0 && groups[^1].Last + 1 == c && groups[^1].Glyph + (c - groups[^1].First) == g)
            {
                groups[^1] = (groups[^1].First, c, groups[^1].Glyph);
            }
            else
            {
                groups.Add((c, c, g));
            }
        }

        var subtableLength = 16 + (12 * groups.Count);
        var table = new byte[12 + subtableLength];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span, 0);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 3);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], 10);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 12);
        var sub = span[12..];
        BinaryPrimitives.WriteUInt16BigEndian(sub, 12);
        BinaryPrimitives.WriteUInt32BigEndian(sub[4..], (uint)subtableLength);
        BinaryPrimitives.WriteUInt32BigEndian(sub[12..], (uint)groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var at = sub[(16 + (12 * i))..];
            BinaryPrimitives.WriteUInt32BigEndian(at, groups[i].First);
            BinaryPrimitives.WriteUInt32BigEndian(at[4..], groups[i].Last);
            BinaryPrimitives.WriteUInt32BigEndian(at[8..], groups[i].Glyph);
        }

        return table;
    }
}
