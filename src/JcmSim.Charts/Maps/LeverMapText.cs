using JcmSim.Charts.Localization;

namespace JcmSim.Charts.Maps;

/// <summary>The fixed words of the lever map in English or Japanese. Format strings take their arguments in the order their docs state.</summary>
public sealed class LeverMapText
{
    private LeverMapText(ChartText common)
    {
        Common = common;
    }

    /// <summary>English texts.</summary>
    public static LeverMapText English { get; } = new(ChartText.English)
    {
        TitleFormat = "Probability of at least {1} MtCO2 of cumulative reductions by FY{0}",
        SubtitleFormat = "{0}: {1} × {2} grid, each point {3} trials under common random numbers; lines: P = {4}, interpolated between points",
        ContourFormat = "P = {0}",
        NowhereBelowFormat = "P = {0}: not on the map (P < {0} everywhere)",
        NowhereAboveFormat = "P = {0}: not on the map (P ≥ {0} everywhere)",
        CapitalAxisFormat = "{0}, and JPY per year in FY{1}",
        JpyFormat = "¥{0} bn",
        And = " and ",
    };

    /// <summary>Japanese texts.</summary>
    public static LeverMapText Japanese { get; } = new(ChartText.Japanese)
    {
        TitleFormat = "{0}年度までに累積削減量{1}百万tCO2以上となる確率",
        SubtitleFormat = "{0}：{1}×{2}の格子、各点{3}試行（共通乱数）。線は達成確率{4}（格子点の間を補間）",
        ContourFormat = "達成確率{0}",
        NowhereBelowFormat = "達成確率{0}：図中になし（全域で{0}未満）",
        NowhereAboveFormat = "達成確率{0}：図中になし（全域で{0}以上）",
        CapitalAxisFormat = "{0}、{1}年度の年間額",
        JpyFormat = "{0}億円",
        And = "・",
    };

    /// <summary>The shared chart texts of the same language (numbers, footer).</summary>
    public ChartText Common { get; }

    /// <summary>Title: {0} target year, {1} threshold in Mt.</summary>
    public required string TitleFormat { get; init; }

    /// <summary>Subtitle: {0} scenario, {1} levels along x, {2} levels along y, {3} trials per point, {4} contour levels.</summary>
    public required string SubtitleFormat { get; init; }

    /// <summary>Legend of a contour: {0} level.</summary>
    public required string ContourFormat { get; init; }

    /// <summary>Legend of a level the map stays below everywhere: {0} level.</summary>
    public required string NowhereBelowFormat { get; init; }

    /// <summary>Legend of a level the map reaches everywhere: {0} level.</summary>
    public required string NowhereAboveFormat { get; init; }

    /// <summary>Title of a capital axis: {0} the input's label, {1} fiscal year of the JPY amounts.</summary>
    public required string CapitalAxisFormat { get; init; }

    /// <summary>A JPY amount per year: {0} billions (English) or 億 (hundred millions, Japanese).</summary>
    public required string JpyFormat { get; init; }

    /// <summary>Joins the contour levels in the subtitle.</summary>
    public required string And { get; init; }

    /// <summary>The texts of <paramref name="language"/>: "en" or "ja".</summary>
    /// <exception cref="ArgumentException">Any other language.</exception>
    public static LeverMapText For(string language) => ChartText.For(language).IsJapanese ? Japanese : English;

    /// <summary>A JPY-per-year amount as the axis labels write it: ¥ billions in English, 億円 in Japanese.</summary>
    public string Jpy(double jpyPerYear)
    {
        var units = Common.IsJapanese ? jpyPerYear / 1e8 : jpyPerYear / 1e9;
        var digits = Math.Abs(units) < 10 && units != Math.Round(units) ? "#,0.#" : "#,0";
        return ChartText.Format(JpyFormat, units.ToString(digits, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every text, for glyph checks.</summary>
    public IEnumerable<string> All() => [TitleFormat, SubtitleFormat, ContourFormat, NowhereBelowFormat, NowhereAboveFormat, CapitalAxisFormat, JpyFormat, And];
}
