using JcmSim.Charts.Localization;

namespace JcmSim.Charts.Studies;

/// <summary>
/// The fixed words of the study charts (sweeps, Sobol', Morris, PRIM) in English or Japanese, next to
/// the shared <see cref="ChartText"/>. Format strings take their arguments in the order their docs state.
/// </summary>
public sealed class StudyChartText
{
    private StudyChartText(ChartText common)
    {
        Common = common;
    }

    /// <summary>English texts.</summary>
    public static StudyChartText English { get; } = new(ChartText.English)
    {
        SweepTitleFormat = "Probability of meeting the targets as {0} varies",
        SweepSubtitleFormat = "{0}: {1} points, each {2} trials under common random numbers; bands: 95% Wilson intervals",
        Interval95 = "95% interval",
        SweepCumulativeTitleFormat = "Cumulative reductions by FY{0} as {1} varies",
        SweepCumulativeSubtitleFormat = "{0}: median across trials at each of {1} points ({2} trials each); band: 5–95% of trials",
        CumulativeByAxisFormat = "Cumulative reductions by FY{0} (MtCO2)",
        Interval5To95 = "5–95% of trials",
        HeatmapTitleFormat = "Probability of meeting the FY{0} target ({1} Mt) over two inputs",
        HeatmapSubtitleFormat = "{0}: {1} points, each {2} trials under common random numbers; black outline: P ≥ {3}",
        HeatmapScatterNote = "points of a Latin hypercube, coloured by P",
        OutlineFormat = "P ≥ {0}",
        SobolTitleFormat = "What drives {0}: Sobol' indices",
        SobolSubtitleFormat = "{0}: share of the variance due to each input alone (first order) and with its interactions (total order); {1} base samples × {2} trials; whiskers: {3} bootstrap intervals",
        SobolFirst = "First order (alone)",
        SobolTotal = "Total order (with interactions)",
        SobolAxis = "Share of the output variance",
        MorrisTitleFormat = "Screening the inputs of {0}: Morris elementary effects",
        MorrisSubtitleFormat = "{0}: μ* overall effect of moving an input across its range, σ non-linearity or interactions; {1} trajectories × {2} trials; whiskers: {3} bootstrap intervals of μ*",
        MorrisMuStarAxisFormat = "μ*, mean absolute effect over the input's range ({0})",
        MorrisSigmaAxisFormat = "σ, spread of the effects ({0})",
        MorrisMuStarAxis = "μ*, mean absolute effect over the input's range",
        MorrisSigmaAxis = "σ, spread of the effects",
        MorrisDiagonal = "σ = μ* (strongly non-linear or interacting above)",
        MorrisInputs = "Input",
        PrimTrajectoryTitle = "Scenario discovery: the PRIM peeling trajectory",
        PrimTrajectorySubtitleFormat = "{0}: boxes of input ranges where {1}; {2} points, {3} of them of interest; each dot a box, peeled from the right",
        PrimCoverageAxis = "Coverage: share of all cases of interest inside the box (%)",
        PrimDensityAxis = "Density: share of the box's cases that are of interest (%)",
        PrimRestrictedFormat = "{0} inputs restricted",
        PrimRestrictedOne = "1 input restricted",
        PrimChosenFormat = "Chosen box: coverage {0}, density {1}",
        PrimBaseDensityFormat = "All cases: {0} of interest",
        PrimBoxTitle = "Scenario discovery: where the cases of interest concentrate",
        PrimBoxAxis = "Position within the range studied (%)",
        PrimBoxInside = "Range inside the box",
        PrimBoxStudied = "Range studied",
        PrimBoxNone = "The chosen box restricts no input",
    };

    /// <summary>Japanese texts.</summary>
    public static StudyChartText Japanese { get; } = new(ChartText.Japanese)
    {
        SweepTitleFormat = "{0}による目標達成確率の変化",
        SweepSubtitleFormat = "{0}：{1}点、各点{2}試行（共通乱数）。帯はWilsonの95%信頼区間",
        Interval95 = "95%区間",
        SweepCumulativeTitleFormat = "{1}による{0}年度までの累積削減量の変化",
        SweepCumulativeSubtitleFormat = "{0}：{1}点の各点（各{2}試行）での中央値。帯は試行の5〜95%",
        CumulativeByAxisFormat = "{0}年度までの累積削減量（百万tCO2）",
        Interval5To95 = "試行の5〜95%",
        HeatmapTitleFormat = "2つの入力に対する{0}年度目標（{1}百万t）の達成確率",
        HeatmapSubtitleFormat = "{0}：{1}点、各点{2}試行（共通乱数）。黒枠は達成確率{3}以上",
        HeatmapScatterNote = "ラテン超方格の各点を確率で色分け",
        OutlineFormat = "達成確率{0}以上",
        SobolTitleFormat = "{0}の変動要因：Sobol指数",
        SobolSubtitleFormat = "{0}：各入力単独（1次）と交互作用を含めた（総合）分散寄与率。基本サンプル{1}×{2}試行。ひげはブートストラップ{3}区間",
        SobolFirst = "1次指数（単独）",
        SobolTotal = "総合指数（交互作用を含む）",
        SobolAxis = "出力の分散に占める割合",
        MorrisTitleFormat = "{0}の入力スクリーニング：Morris法",
        MorrisSubtitleFormat = "{0}：μ*は入力を範囲全体で動かしたときの影響の大きさ、σは非線形性・交互作用。{1}軌道×{2}試行。ひげはμ*のブートストラップ{3}区間",
        MorrisMuStarAxisFormat = "μ*：入力の範囲全体での影響の絶対値の平均（{0}）",
        MorrisSigmaAxisFormat = "σ：影響のばらつき（{0}）",
        MorrisMuStarAxis = "μ*：入力の範囲全体での影響の絶対値の平均",
        MorrisSigmaAxis = "σ：影響のばらつき",
        MorrisDiagonal = "σ = μ*（これより上は非線形性・交互作用が強い）",
        MorrisInputs = "入力",
        PrimTrajectoryTitle = "シナリオ探索：PRIMの剥離軌跡",
        PrimTrajectorySubtitleFormat = "{0}：{1}場合が集中する入力範囲（箱）。{2}点中{3}点が該当。各点が1つの箱で、右から順に剥離",
        PrimCoverageAxis = "カバレッジ：該当ケース全体のうち箱内の割合（%）",
        PrimDensityAxis = "密度：箱内のケースのうち該当する割合（%）",
        PrimRestrictedFormat = "制約された入力{0}個",
        PrimRestrictedOne = "制約された入力1個",
        PrimChosenFormat = "選ばれた箱：カバレッジ{0}、密度{1}",
        PrimBaseDensityFormat = "全体：{0}が該当",
        PrimBoxTitle = "シナリオ探索：該当ケースが集中する入力範囲",
        PrimBoxAxis = "調べた範囲内の位置（%）",
        PrimBoxInside = "箱の範囲",
        PrimBoxStudied = "調べた範囲",
        PrimBoxNone = "選ばれた箱はどの入力も制約しない",
    };

    /// <summary>The shared chart texts of the same language (numbers, footer, target labels).</summary>
    public ChartText Common { get; }

    /// <summary>Sweep chart title: {0} input name.</summary>
    public required string SweepTitleFormat { get; init; }

    /// <summary>Sweep subtitle: {0} scenario, {1} points, {2} trials per point.</summary>
    public required string SweepSubtitleFormat { get; init; }

    /// <summary>Legend of a 95% interval band.</summary>
    public required string Interval95 { get; init; }

    /// <summary>Cumulative sweep title: {0} target year, {1} input name.</summary>
    public required string SweepCumulativeTitleFormat { get; init; }

    /// <summary>Cumulative sweep subtitle: {0} scenario, {1} points, {2} trials per point.</summary>
    public required string SweepCumulativeSubtitleFormat { get; init; }

    /// <summary>Axis of cumulative reductions by a year: {0} year.</summary>
    public required string CumulativeByAxisFormat { get; init; }

    /// <summary>Legend of the 5–95% band.</summary>
    public required string Interval5To95 { get; init; }

    /// <summary>Heatmap title: {0} year, {1} threshold.</summary>
    public required string HeatmapTitleFormat { get; init; }

    /// <summary>Heatmap subtitle: {0} scenario, {1} points, {2} trials per point, {3} outline level.</summary>
    public required string HeatmapSubtitleFormat { get; init; }

    /// <summary>Heatmap subtitle addition when the points are not on a grid.</summary>
    public required string HeatmapScatterNote { get; init; }

    /// <summary>Legend of the outline: {0} level.</summary>
    public required string OutlineFormat { get; init; }

    /// <summary>Sobol' chart title: {0} output.</summary>
    public required string SobolTitleFormat { get; init; }

    /// <summary>Sobol' subtitle: {0} scenario, {1} base samples, {2} trials per point, {3} confidence.</summary>
    public required string SobolSubtitleFormat { get; init; }

    /// <summary>Legend: first-order index.</summary>
    public required string SobolFirst { get; init; }

    /// <summary>Legend: total-order index.</summary>
    public required string SobolTotal { get; init; }

    /// <summary>Sobol' axis.</summary>
    public required string SobolAxis { get; init; }

    /// <summary>Morris title: {0} output.</summary>
    public required string MorrisTitleFormat { get; init; }

    /// <summary>Morris subtitle: {0} scenario, {1} trajectories, {2} trials per point, {3} confidence.</summary>
    public required string MorrisSubtitleFormat { get; init; }

    /// <summary>Morris horizontal axis: {0} unit.</summary>
    public required string MorrisMuStarAxisFormat { get; init; }

    /// <summary>Morris vertical axis: {0} unit.</summary>
    public required string MorrisSigmaAxisFormat { get; init; }

    /// <summary>Morris horizontal axis of a dimensionless output.</summary>
    public required string MorrisMuStarAxis { get; init; }

    /// <summary>Morris vertical axis of a dimensionless output.</summary>
    public required string MorrisSigmaAxis { get; init; }

    /// <summary>Legend of the σ = μ* line.</summary>
    public required string MorrisDiagonal { get; init; }

    /// <summary>Legend of the input points.</summary>
    public required string MorrisInputs { get; init; }

    /// <summary>PRIM trajectory title.</summary>
    public required string PrimTrajectoryTitle { get; init; }

    /// <summary>PRIM trajectory subtitle: {0} scenario, {1} outcome, {2} cases, {3} of interest.</summary>
    public required string PrimTrajectorySubtitleFormat { get; init; }

    /// <summary>PRIM coverage axis.</summary>
    public required string PrimCoverageAxis { get; init; }

    /// <summary>PRIM density axis.</summary>
    public required string PrimDensityAxis { get; init; }

    /// <summary>Legend: {0} number of restricted inputs.</summary>
    public required string PrimRestrictedFormat { get; init; }

    /// <summary>Legend: one restricted input.</summary>
    public required string PrimRestrictedOne { get; init; }

    /// <summary>Chosen box label: {0} coverage, {1} density.</summary>
    public required string PrimChosenFormat { get; init; }

    /// <summary>Base density line: {0} share.</summary>
    public required string PrimBaseDensityFormat { get; init; }

    /// <summary>PRIM box title.</summary>
    public required string PrimBoxTitle { get; init; }

    /// <summary>PRIM box axis.</summary>
    public required string PrimBoxAxis { get; init; }

    /// <summary>Legend: the box's range.</summary>
    public required string PrimBoxInside { get; init; }

    /// <summary>Legend: the studied range.</summary>
    public required string PrimBoxStudied { get; init; }

    /// <summary>Shown when the chosen box restricts no input.</summary>
    public required string PrimBoxNone { get; init; }

    /// <summary>The texts of <paramref name="language"/>: "en" or "ja".</summary>
    /// <exception cref="ArgumentException">Any other language.</exception>
    public static StudyChartText For(string language) => ChartText.For(language).IsJapanese ? Japanese : English;

    /// <summary>Every text, for glyph checks.</summary>
    public IEnumerable<string> All() =>
    [
        SweepTitleFormat,
        SweepSubtitleFormat,
        Interval95,
        SweepCumulativeTitleFormat,
        SweepCumulativeSubtitleFormat,
        CumulativeByAxisFormat,
        Interval5To95,
        HeatmapTitleFormat,
        HeatmapSubtitleFormat,
        HeatmapScatterNote,
        OutlineFormat,
        SobolTitleFormat,
        SobolSubtitleFormat,
        SobolFirst,
        SobolTotal,
        SobolAxis,
        MorrisTitleFormat,
        MorrisSubtitleFormat,
        MorrisMuStarAxisFormat,
        MorrisSigmaAxisFormat,
        MorrisMuStarAxis,
        MorrisSigmaAxis,
        MorrisDiagonal,
        MorrisInputs,
        PrimTrajectoryTitle,
        PrimTrajectorySubtitleFormat,
        PrimCoverageAxis,
        PrimDensityAxis,
        PrimRestrictedFormat,
        PrimRestrictedOne,
        PrimChosenFormat,
        PrimBaseDensityFormat,
        PrimBoxTitle,
        PrimBoxAxis,
        PrimBoxInside,
        PrimBoxStudied,
        PrimBoxNone,
    ];
}
