using System.Globalization;

namespace JcmSim.Charts.Localization;

/// <summary>
/// Every fixed word the charts and the report print, in English or Japanese. Format strings take
/// their arguments in the order their XML docs state; numbers are formatted by <see cref="Numbers"/>.
/// One instance per language: <see cref="For"/>.
/// </summary>
public sealed class ChartText
{
    private ChartText(string language)
    {
        Language = language;
    }

    /// <summary>"en" or "ja".</summary>
    public string Language { get; }

    /// <summary>True for Japanese.</summary>
    public bool IsJapanese => Language == "ja";

    /// <summary>English texts.</summary>
    public static ChartText English { get; } = new("en")
    {
        FiscalYearAxis = "Fiscal year",
        FiscalYearFormat = "FY{0}",
        FiscalYearRangeFormat = "FY{0}–FY{1}",
        MtUnit = "MtCO2",
        CumulativeAxisFormat = "Cumulative reductions since FY{0} (MtCO2)",
        TargetFormat = "FY{0} target: {1} Mt",
        Median = "Median",
        Interval50 = "50% interval",
        Interval90 = "90% interval",
        Mean = "Mean",
        ExistingProjectsFormat = "Existing projects, FY{0}–FY{1}",
        SimulatedFromFormat = "Simulated from FY{0}",
        TotalMean = "Total (mean)",
        PartnersCapFormat = "Cap in the scenario: {0}",
        FooterFormat = "Source: JcmSim {0} simulation · scenario {1} · {2} trials · seed {3}",
        FooterTrialsMixed = "trials per scenario",
        ScenarioSeparator = "; ",
        FanTitle = "Cumulative JCM reductions and the FY2030/FY2040 targets",
        FanSubtitleFormat = "{1}: median and 50%/90% intervals across trials; other readings: medians (dashed); MtCO2 from FY{0}",
        FanSubtitleSeveralFormat = "{1}: median (line) and 90% interval (band) of each scenario; other readings of the first: medians (dashed); MtCO2 from FY{0}",
        ReadingMedianFormat = "{0} (median)",
        ProbabilityTitle = "Probability of meeting each target",
        ProbabilitySubtitle = "Share of trials in which the target is met; whiskers: 95% Wilson intervals",
        ProbabilityAxis = "Probability (%)",
        ProbabilityGroupFormat = "FY{0} target ({1} Mt)",
        DistributionTitleFormat = "Cumulative reductions by FY{0}: distribution across trials",
        DistributionSubtitleFormat = "Histogram of trials; dashed line: the FY{0} target of {1} Mt",
        DistributionAxis = "Share of trials (%)",
        DistributionAnnotationFormat = "{0}: P(≥ {1} Mt) = {2} [{3}–{4}]",
        ShortfallFormat = "Median {0} Mt short of the target",
        ExcessFormat = "Median {0} Mt above the target",
        ContributionChannelTitle = "Contributions by finance channel",
        ContributionSectorTitle = "Contributions by sector",
        ContributionCountryTitle = "Contributions by partner country",
        ContributionSubtitleFormat = "{0}: mean cumulative reductions since FY{1}, stacked (means add up to the mean total)",
        Others = "Others",
        OtherSectorsFormat = "Other sectors ({0})",
        OtherCountriesFormat = "Other countries ({0})",
        PartnersTitle = "JCM partner countries",
        PartnersSubtitleFormat = "{0}: agreements in force, median and 50%/90% intervals; points: countries that had signed (Ministry of the Environment)",
        PartnersAxis = "Partner countries",
        PartnersReported = "Signed partners (reported)",
        ObservationsTitleFormat = "The record and the model: {0}",
        ObservationsSubtitleFormat = "{0}: the model's median and 5–95% band at the date of each record; diamonds: recorded values (filled: calibration to FY2019, open: validation FY2020–FY2025)",
        ObservationsBand = "Model 5–95%",
        ObservationsCalibration = "Record, calibration",
        ObservationsValidation = "Record, validation (held out)",
        CreditsTitle = "Credits issued and their allocation",
        CreditsSubtitleFormat = "{0}: mean credits issued per fiscal year, stacked by who receives them",
        CreditsSubtitleShareFormat = "{0}: mean credits issued per fiscal year, stacked; Japan's share of credits issued to FY{1}: {2}",
        CreditsAxis = "Credits issued per year (MtCO2)",
        CreditsJapan = "ITMOs to Japan",
        CreditsHost = "Retained by the host country",
        CreditsCancelled = "Cancelled (OMGE)",
        ComparisonTitleFormat = "Change in the probability of meeting the targets vs {0}",
        ComparisonSubtitle = "Paired differences under common random numbers; whiskers: 95% intervals",
        ComparisonAxis = "Difference in probability (percentage points)",
        TornadoTitleFormat = "What moves {0}",
        TornadoSubtitleFormat = "{0}: each uncertain input fixed at its P10 and P90, all else unchanged, same random numbers; {1} largest of {2} inputs",
        TornadoLow = "Input at its P10",
        TornadoHigh = "Input at its P90",
        TornadoBaseFormat = "All inputs uncertain: {0}",
        TornadoPerProjectNote = "† drawn per project: every project of the sector is set to this value",
        TornadoNoSwing = "No input moves this result at these settings",
        TornadoProbabilityFormat = "P(≥ {1} Mt by FY{0})",
        TornadoProbabilityAxisFormat = "P(≥ {1} Mt by FY{0}) (%)",
        TornadoMedianFormat = "median cumulative reductions by FY{0}",
        TornadoMedianAxisFormat = "Median cumulative reductions by FY{0} (MtCO2)",
        TrialsWord = "trials",
    };

    /// <summary>Japanese texts.</summary>
    public static ChartText Japanese { get; } = new("ja")
    {
        FiscalYearAxis = "年度",
        FiscalYearFormat = "{0}年度",
        FiscalYearRangeFormat = "{0}〜{1}年度",
        MtUnit = "百万tCO2",
        CumulativeAxisFormat = "{0}年度からの累積削減量（百万tCO2）",
        TargetFormat = "{0}年度目標：{1}百万t",
        Median = "中央値",
        Interval50 = "50%区間",
        Interval90 = "90%区間",
        Mean = "平均",
        ExistingProjectsFormat = "既存案件（{0}〜{1}年度）",
        SimulatedFromFormat = "{0}年度以降はシミュレーション",
        TotalMean = "合計（平均）",
        PartnersCapFormat = "シナリオ上の上限：{0}か国",
        FooterFormat = "出典：JcmSim {0} によるシミュレーション・シナリオ {1}・試行数 {2}・シード {3}",
        FooterTrialsMixed = "シナリオごとの試行数",
        ScenarioSeparator = "、",
        FanTitle = "JCMによる累積削減量と2030・2040年度目標",
        FanSubtitleFormat = "{1}：試行全体の中央値と50%・90%区間。他の読み方は中央値（破線）（{0}年度からの累積、百万tCO2）",
        FanSubtitleSeveralFormat = "{1}：各シナリオの中央値（線）と90%区間（帯）。最初のシナリオの他の読み方は中央値（破線）（{0}年度からの累積、百万tCO2）",
        ReadingMedianFormat = "{0}（中央値）",
        ProbabilityTitle = "目標の達成確率",
        ProbabilitySubtitle = "目標を達成した試行の割合。ひげはWilsonの95%信頼区間",
        ProbabilityAxis = "達成確率（%）",
        ProbabilityGroupFormat = "{0}年度目標（{1}百万t）",
        DistributionTitleFormat = "{0}年度までの累積削減量の分布",
        DistributionSubtitleFormat = "試行のヒストグラム。破線は{0}年度目標（{1}百万t）",
        DistributionAxis = "試行の割合（%）",
        DistributionAnnotationFormat = "{0}：達成確率 {2}［{3}〜{4}］",
        ShortfallFormat = "中央値は目標に{0}百万t不足",
        ExcessFormat = "中央値は目標を{0}百万t上回る",
        ContributionChannelTitle = "資金チャネル別の寄与",
        ContributionSectorTitle = "分野別の寄与",
        ContributionCountryTitle = "パートナー国別の寄与",
        ContributionSubtitleFormat = "{0}：{1}年度からの累積削減量の平均を積み上げ（平均の和は合計の平均）",
        Others = "その他",
        OtherSectorsFormat = "その他の分野（{0}）",
        OtherCountriesFormat = "その他の国（{0}）",
        PartnersTitle = "JCMパートナー国数",
        PartnersSubtitleFormat = "{0}：協定が有効な国数の中央値と50%・90%区間。点は署名済みの国数の実績（環境省）",
        PartnersAxis = "パートナー国数",
        PartnersReported = "署名国数（実績）",
        ObservationsTitleFormat = "実績とモデル：{0}",
        ObservationsSubtitleFormat = "{0}：各実績の時点におけるモデルの中央値と5–95%区間。菱形は実績値（塗り：較正用（2019年度まで）、白抜き：検証用（2020–2025年度））",
        ObservationsBand = "モデル 5–95%",
        ObservationsCalibration = "実績（較正用）",
        ObservationsValidation = "実績（検証用、較正に不使用）",
        CreditsTitle = "発行クレジットとその配分",
        CreditsSubtitleFormat = "{0}：年度ごとの発行量の平均を配分先別に積み上げ",
        CreditsSubtitleShareFormat = "{0}：年度ごとの発行量の平均を配分先別に積み上げ。{1}年度までの発行量に占める日本の割合 {2}",
        CreditsAxis = "年間発行量（百万tCO2）",
        CreditsJapan = "日本への移転（ITMO）",
        CreditsHost = "相手国保持分",
        CreditsCancelled = "取消（OMGE）",
        ComparisonTitleFormat = "{0}との比較：目標達成確率の差",
        ComparisonSubtitle = "共通乱数による対応のある差。ひげは95%信頼区間",
        ComparisonAxis = "達成確率の差（%ポイント）",
        TornadoTitleFormat = "{0}を動かす要因",
        TornadoSubtitleFormat = "{0}：不確実な入力を1つずつP10とP90に固定（他は不変、同じ乱数）。{2}個の入力のうち影響の大きい{1}個",
        TornadoLow = "入力をP10に固定",
        TornadoHigh = "入力をP90に固定",
        TornadoBaseFormat = "全入力が不確実な場合：{0}",
        TornadoPerProjectNote = "†案件ごとに抽出される値：その分野の全案件をこの値に固定",
        TornadoNoSwing = "この設定ではどの入力もこの結果を動かさない",
        TornadoProbabilityFormat = "{0}年度目標（{1}百万t）の達成確率",
        TornadoProbabilityAxisFormat = "{0}年度目標（{1}百万t）の達成確率（%）",
        TornadoMedianFormat = "{0}年度までの累積削減量（中央値）",
        TornadoMedianAxisFormat = "{0}年度までの累積削減量の中央値（百万tCO2）",
        TrialsWord = "試行",
    };

    /// <summary>The texts of <paramref name="language"/>: "en" or "ja".</summary>
    /// <exception cref="ArgumentException">Any other language.</exception>
    public static ChartText For(string language) => language switch
    {
        "en" => English,
        "ja" => Japanese,
        _ => throw new ArgumentException($"Unknown chart language '{language}' (allowed: en, ja).", nameof(language)),
    };

    /// <summary>Axis title of fiscal years.</summary>
    public required string FiscalYearAxis { get; init; }

    /// <summary>A fiscal year: {0} the year.</summary>
    public required string FiscalYearFormat { get; init; }

    /// <summary>A span of fiscal years: {0} first, {1} last.</summary>
    public required string FiscalYearRangeFormat { get; init; }

    /// <summary>The unit of reductions.</summary>
    public required string MtUnit { get; init; }

    /// <summary>Axis title of cumulative reductions: {0} accounting start year.</summary>
    public required string CumulativeAxisFormat { get; init; }

    /// <summary>A target's label: {0} year, {1} threshold in Mt.</summary>
    public required string TargetFormat { get; init; }

    /// <summary>Legend: median.</summary>
    public required string Median { get; init; }

    /// <summary>Legend: central 50% interval.</summary>
    public required string Interval50 { get; init; }

    /// <summary>Legend: central 90% interval.</summary>
    public required string Interval90 { get; init; }

    /// <summary>Legend: mean.</summary>
    public required string Mean { get; init; }

    /// <summary>Legend of the years before the simulation: {0} first, {1} last year.</summary>
    public required string ExistingProjectsFormat { get; init; }

    /// <summary>Marks where simulated years begin: {0} first simulated year.</summary>
    public required string SimulatedFromFormat { get; init; }

    /// <summary>Legend: the mean total.</summary>
    public required string TotalMean { get; init; }

    /// <summary>The scenario's cap on partners: {0} the cap.</summary>
    public required string PartnersCapFormat { get; init; }

    /// <summary>Footer: {0} version, {1} scenarios, {2} trials, {3} seed.</summary>
    public required string FooterFormat { get; init; }

    /// <summary>Footer when scenarios ran different trial counts.</summary>
    public required string FooterTrialsMixed { get; init; }

    /// <summary>Between scenario names in a list.</summary>
    public required string ScenarioSeparator { get; init; }

    /// <summary>Fan chart title.</summary>
    public required string FanTitle { get; init; }

    /// <summary>Fan chart subtitle, one scenario: {0} accounting start year, {1} the reading the targets are tested against.</summary>
    public required string FanSubtitleFormat { get; init; }

    /// <summary>Fan chart subtitle, several scenarios: {0} accounting start year, {1} the reading the targets are tested against.</summary>
    public required string FanSubtitleSeveralFormat { get; init; }

    /// <summary>Fan chart legend entry of another reading's median line: {0} the reading.</summary>
    public required string ReadingMedianFormat { get; init; }

    /// <summary>Target probability chart title.</summary>
    public required string ProbabilityTitle { get; init; }

    /// <summary>Target probability chart subtitle.</summary>
    public required string ProbabilitySubtitle { get; init; }

    /// <summary>Probability axis title.</summary>
    public required string ProbabilityAxis { get; init; }

    /// <summary>A target as a group label: {0} year, {1} threshold in Mt.</summary>
    public required string ProbabilityGroupFormat { get; init; }

    /// <summary>Distribution chart title: {0} target year.</summary>
    public required string DistributionTitleFormat { get; init; }

    /// <summary>Distribution chart subtitle: {0} target year, {1} threshold in Mt.</summary>
    public required string DistributionSubtitleFormat { get; init; }

    /// <summary>Distribution chart vertical axis.</summary>
    public required string DistributionAxis { get; init; }

    /// <summary>Distribution annotation: {0} scenario, {1} threshold, {2} probability, {3}–{4} interval.</summary>
    public required string DistributionAnnotationFormat { get; init; }

    /// <summary>Gap from the median to a target above it: {0} MtCO2.</summary>
    public required string ShortfallFormat { get; init; }

    /// <summary>Gap from a target up to the median: {0} MtCO2.</summary>
    public required string ExcessFormat { get; init; }

    /// <summary>Contributions by channel: title.</summary>
    public required string ContributionChannelTitle { get; init; }

    /// <summary>Contributions by sector: title.</summary>
    public required string ContributionSectorTitle { get; init; }

    /// <summary>Contributions by country: title.</summary>
    public required string ContributionCountryTitle { get; init; }

    /// <summary>Contributions subtitle: {0} scenario, {1} accounting start year.</summary>
    public required string ContributionSubtitleFormat { get; init; }

    /// <summary>The remainder of a breakdown.</summary>
    public required string Others { get; init; }

    /// <summary>The remaining sectors: {0} how many.</summary>
    public required string OtherSectorsFormat { get; init; }

    /// <summary>The remaining countries: {0} how many.</summary>
    public required string OtherCountriesFormat { get; init; }

    /// <summary>Partner chart title.</summary>
    public required string PartnersTitle { get; init; }

    /// <summary>Partner chart subtitle: {0} scenario.</summary>
    public required string PartnersSubtitleFormat { get; init; }

    /// <summary>Partner chart vertical axis.</summary>
    public required string PartnersAxis { get; init; }

    /// <summary>Legend of the reported partner counts.</summary>
    public required string PartnersReported { get; init; }

    /// <summary>Title of an observations chart: {0} the quantity.</summary>
    public required string ObservationsTitleFormat { get; init; }

    /// <summary>Subtitle of an observations chart: {0} scenario title.</summary>
    public required string ObservationsSubtitleFormat { get; init; }

    /// <summary>Legend: the model's 5–95% band at an observation.</summary>
    public required string ObservationsBand { get; init; }

    /// <summary>Legend: a calibration record.</summary>
    public required string ObservationsCalibration { get; init; }

    /// <summary>Legend: a validation record.</summary>
    public required string ObservationsValidation { get; init; }

    /// <summary>Credits chart title.</summary>
    public required string CreditsTitle { get; init; }

    /// <summary>Credits chart subtitle: {0} scenario.</summary>
    public required string CreditsSubtitleFormat { get; init; }

    /// <summary>Credits chart subtitle with Japan's share: {0} scenario, {1} last target year, {2} share.</summary>
    public required string CreditsSubtitleShareFormat { get; init; }

    /// <summary>Credits chart vertical axis.</summary>
    public required string CreditsAxis { get; init; }

    /// <summary>Legend: credits transferred to Japan.</summary>
    public required string CreditsJapan { get; init; }

    /// <summary>Legend: credits the host keeps.</summary>
    public required string CreditsHost { get; init; }

    /// <summary>Legend: credits cancelled for OMGE.</summary>
    public required string CreditsCancelled { get; init; }

    /// <summary>Comparison chart title: {0} reference scenario.</summary>
    public required string ComparisonTitleFormat { get; init; }

    /// <summary>Comparison chart subtitle.</summary>
    public required string ComparisonSubtitle { get; init; }

    /// <summary>Comparison chart horizontal axis.</summary>
    public required string ComparisonAxis { get; init; }

    /// <summary>Tornado title: {0} the result.</summary>
    public required string TornadoTitleFormat { get; init; }

    /// <summary>Tornado subtitle: {0} scenario, {1} inputs shown, {2} inputs varied.</summary>
    public required string TornadoSubtitleFormat { get; init; }

    /// <summary>Legend: the input at its P10.</summary>
    public required string TornadoLow { get; init; }

    /// <summary>Legend: the input at its P90.</summary>
    public required string TornadoHigh { get; init; }

    /// <summary>Label of the base line: {0} the base value.</summary>
    public required string TornadoBaseFormat { get; init; }

    /// <summary>Note on inputs drawn per project.</summary>
    public required string TornadoPerProjectNote { get; init; }

    /// <summary>Shown when every swing is zero.</summary>
    public required string TornadoNoSwing { get; init; }

    /// <summary>A target probability as a result: {0} year, {1} threshold.</summary>
    public required string TornadoProbabilityFormat { get; init; }

    /// <summary>Axis of a target probability: {0} year, {1} threshold.</summary>
    public required string TornadoProbabilityAxisFormat { get; init; }

    /// <summary>The median cumulative as a result: {0} year.</summary>
    public required string TornadoMedianFormat { get; init; }

    /// <summary>Axis of the median cumulative: {0} year.</summary>
    public required string TornadoMedianAxisFormat { get; init; }

    /// <summary>The word "trials".</summary>
    public required string TrialsWord { get; init; }

    /// <summary>Number formatting for this language.</summary>
    public Numbers Numbers => IsJapanese ? Numbers.Japanese : Numbers.English;

    /// <summary>Formats <paramref name="format"/> with invariant culture (numbers are pre-formatted by <see cref="Numbers"/>).</summary>
    public static string Format(string format, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, format, arguments);

    /// <summary>A fiscal year, e.g. "FY2030" or "2030年度".</summary>
    public string FiscalYear(int year) => Format(FiscalYearFormat, year);
}
