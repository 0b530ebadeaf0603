using ScottPlot;
using SkiaSharp;

namespace JcmSim.Charts.Style;

/// <summary>
/// The one typeface of every chart, English and Japanese alike: Noto Sans CJK JP from Debian's
/// fonts-noto-cjk (installed by <c>.ci/setup</c>). ScottPlot's default resolves to whatever the
/// system's default family is (DejaVu on Debian, which has no Japanese glyphs), so the face is
/// loaded explicitly from its file and registered with ScottPlot under <see cref="Family"/>.
/// </summary>
public static class ChartFonts
{
    /// <summary>The family name the charts ask ScottPlot for (face 0 of the Noto Sans CJK collections).</summary>
    public const string Family = "Noto Sans CJK JP";

    /// <summary>
    /// The name under which labels ask for the same face with a small character map while their SVG is
    /// drawn (<see cref="SvgTextTypeface"/>); never written into a chart.
    /// </summary>
    internal const string SvgTextFamily = "Noto Sans CJK JP (SVG text)";

    /// <summary>The Debian package that provides the font files.</summary>
    public const string DebianPackage = "fonts-noto-cjk";

    // Debian bookworm's fonts-noto-cjk ships OpenType collections whose face 0 is the JP variant;
    // older releases shipped single-face OTFs. Both are accepted.
    private static readonly string[] RegularCandidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJKjp-Regular.otf",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    ];

    private static readonly string[] BoldCandidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJKjp-Bold.otf",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
    ];

    private static readonly Lock Sync = new();
    private static bool _registered;

    /// <summary>Path of the regular face, or null when the font is not installed.</summary>
    public static string? RegularPath => RegularCandidates.FirstOrDefault(File.Exists);

    /// <summary>Path of the bold face, or null when the font is not installed.</summary>
    public static string? BoldPath => BoldCandidates.FirstOrDefault(File.Exists);

    /// <summary>
    /// Throws <see cref="ChartFontMissingException"/> with installation advice unless both faces are
    /// installed. Cheap: call it before a long simulation so a missing font does not waste the run.
    /// </summary>
    public static void EnsureInstalled()
    {
        if (RegularPath is null || BoldPath is null)
        {
            throw new ChartFontMissingException(
                $"The charts need the {Family} typeface (Debian package {DebianPackage}) for English and Japanese text, " +
                $"but {string.Join(" / ", RegularCandidates.Take(1).Concat(BoldCandidates.Take(1)))} is missing. " +
                $"Install it with 'bash .ci/setup' (or 'apt-get install {DebianPackage}').");
        }
    }

    /// <summary>Opens the regular (or bold) face; the caller disposes it.</summary>
    /// <exception cref="ChartFontMissingException">The font is not installed.</exception>
    public static SKTypeface OpenTypeface(bool bold = false)
    {
        EnsureInstalled();
        var path = bold ? BoldPath! : RegularPath!;
        return SKTypeface.FromFile(path, 0)
            ?? throw new ChartFontMissingException($"'{path}' could not be read as a font; reinstall {DebianPackage}.");
    }

    /// <summary>
    /// Registers the typeface with ScottPlot (once per process) and makes it the default of every
    /// label created afterwards. Charts call this before building a plot.
    /// </summary>
    /// <exception cref="ChartFontMissingException">The font is not installed.</exception>
    public static void Register()
    {
        lock (Sync)
        {
            if (_registered)
            {
                return;
            }

            EnsureInstalled();

            // First in the list so the file wins over whatever the system resolver finds by name.
            Fonts.FontResolvers.Insert(0, new NotoSansCjkFontResolver(RegularPath!, BoldPath!));

            // New labels take their font from these defaults; a null DefaultFontStyle lets each
            // label's Bold flag pick the bold face through the resolver.
            Fonts.Default = Family;
            Fonts.Sans = Family;
            Fonts.DefaultFontStyle = null;
            _registered = true;
        }
    }
}
