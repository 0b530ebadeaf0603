namespace JcmSim.Charts.Localization;

/// <summary>Every fixed word of report.html, in English or Japanese (<see cref="For"/>).</summary>
public sealed class ReportText
{
    private ReportText(string language)
    {
        Language = language;
    }

    /// <summary>"en" or "ja".</summary>
    public string Language { get; }

    /// <summary>English texts.</summary>
    public static ReportText English { get; } = new("en")
    {
        DocumentTitleFormat = "JcmSim report: {0}",
        Heading = "JCM cumulative reductions: simulation report",
        RunLineFormat = "{0} trials per scenario · seed {1} · JcmSim {2} · run {3} UTC",
        Contents = "Contents",
        Summary = "Summary",
        SummaryIntro = "Probability of meeting each target with its 95% Wilson interval, and the median (5–95%) cumulative reductions at the target year, MtCO2 counted from the accounting start year.",
        Scenario = "Scenario",
        TargetColumn = "Target",
        ProbabilityColumn = "P(met) [95% CI]",
        CumulativeColumn = "Cumulative at the target year, median (5–95%), MtCO2",
        Readings = "Every reading of the target",
        ReadingsIntro = "The cumulative at each target year read four ways, median (5–95%), MtCO2: the expected reductions of the projects selected so far (the Ministry's tally, 想定GHG排出削減量), the reductions realised inside live frameworks, the credits issued, and Japan's ITMOs. Bold with *: the reading the targets are tested against (accounting.reading).",
        JapanItmoColumn = "Japan's ITMOs, median MtCO2",
        FirstYearColumn = "Year by which half the trials meet it",
        JapanShareColumn = "Japan's share of credits",
        Never = "not within the horizon",
        Comparison = "Comparison with the reference scenario",
        Observations = "The record and the model",
        ObservationsIntroFormat = "{0}: every recorded observation the scenario names beside the model's median and 5–95% band at its date. Calibration records (to FY2019) are the ones the assumptions were set from; validation records (FY2020–FY2025) were held out. A verdict of below means the model runs high, above that it runs low.",
        ObservationColumn = "Observation",
        SourceColumn = "Source",
        SetColumn = "Set",
        RecordedColumn = "Recorded",
        BandColumn = "Model median (5–95%)",
        VerdictColumn = "Verdict",
        CalibrationWord = "calibration",
        ValidationWord = "validation",
        InsideWord = "inside",
        BelowWord = "below the band",
        AboveWord = "above the band",
        NotModelledFormat = "not modelled: {0}",
        ComparisonIntroFormat = "Paired differences against {0} under common random numbers (trial i of every scenario shares its random numbers), with 95% intervals.",
        TargetYearColumn = "Target year",
        ProbabilityDifferenceColumn = "Difference in P(target), percentage points [95% CI]",
        CumulativeDifferenceColumn = "Difference in mean cumulative, MtCO2 [95% CI]",
        Charts = "Charts",
        FigureFormat = "Figure {0}.",
        FilesFormat = "Files: {0}",
        Assumptions = "Assumptions",
        AssumptionsIntro = "Every uncertain input of the resolved scenario, with its distribution, 10th percentile, mean and 90th percentile, and whether it is drawn once per trial or for every project. Inputs that are the same for many partner countries are shown once.",
        AssumptionsVariantFormat = "{0}: inputs that differ from {1}",
        AssumptionsNoDifference = "No input differs from the reference scenario.",
        AssumptionsUnreadable = "The resolved scenario in manifest.json was written by another version of JcmSim and cannot be listed here.",
        Parameter = "Input",
        Path = "Path",
        Distribution = "Distribution",
        P10 = "P10",
        MeanColumn = "Mean",
        P90 = "P90",
        Drawn = "Drawn",
        PerTrial = "per trial",
        PerProject = "per project",
        AllPartnersFormat = "{0} partners",
        Settings = "Settings",
        SettingsIntroFormat = "Fixed settings of {0}.",
        Value = "Value",
        Method = "Method notes",
        MethodParagraphs =
        [
            "Each trial simulates Japanese fiscal years (April–March) from the scenario's first simulated year to its last, starting from the partner countries and project portfolio known at the base year. Partner countries generate project opportunities; finance channels — the Ministry of the Environment's programme, international-organisation funds and private investor archetypes — fund them within their budgets and return requirements; funded projects reduce emissions after their lead time until their crediting period ends or they fail. Credits are issued conservatively after a verification lag and split between Japan (ITMOs) and the host country. The equations are in src/JcmSim.Model/MODEL.md.",
            "Every uncertain input is a probability distribution. Inputs marked 'per trial' are drawn once per trial; those marked 'per project' are drawn for every project opportunity and describe differences between projects. Random numbers come from a counter-based generator keyed by seed, trial, entity, year and purpose, so results do not depend on how trials are scheduled, and scenarios run with the same seed share their random numbers (common random numbers), which makes their differences precise.",
            "Cumulative reductions count every fiscal year from the accounting start year to the target year. A target is met in a trial when its cumulative reaches the threshold. Probabilities carry 95% Wilson score intervals; quantiles are type 7 (linear interpolation). Paired differences of probabilities carry Tango's 95% score interval for paired proportions, which never has zero width (with no discordant trial it is ±z²/(n + z²)); paired differences of mean cumulative reductions use the normal approximation for the mean of per-trial differences. Years before the first simulated year are the existing projects, modelled as cohorts with their expected performance.",
            "The contribution charts stack means, not medians: means add up across channels, sectors and countries to the mean total, medians do not. The partner chart's points are the counts of countries that had signed a bilateral document as reported by the Ministry of the Environment.",
        ],
        Manifest = "Manifest",
        ManifestIntro = "Everything needed to reproduce this run (manifest.json).",
        Version = "JcmSim version",
        Created = "Run started (UTC)",
        CommandLine = "Command line",
        Mode = "Engine",
        Silos = "Silos",
        Seed = "Seed",
        Trials = "Trials per scenario",
        BlockSize = "Block size",
        WallTime = "Wall time",
        SecondsFormat = "{0} s",
        InputFiles = "Input files (SHA-256)",
        File = "File",
        Sha256 = "SHA-256",
        GeneratedFormat = "Generated by JcmSim {0}. Charts are also in the charts folder as PNG (2400×1500) and SVG.",
    };

    /// <summary>Japanese texts.</summary>
    public static ReportText Japanese { get; } = new("ja")
    {
        DocumentTitleFormat = "JcmSim レポート：{0}",
        Heading = "JCM累積削減量シミュレーション・レポート",
        RunLineFormat = "シナリオごとの試行数 {0}・シード {1}・JcmSim {2}・実行 {3}（UTC）",
        Contents = "目次",
        Summary = "概要",
        SummaryIntro = "各目標の達成確率（Wilsonの95%信頼区間）と目標年度の累積削減量の中央値（5〜95%）。累積は会計開始年度から数えた百万tCO2。",
        Scenario = "シナリオ",
        TargetColumn = "目標",
        ProbabilityColumn = "達成確率［95%区間］",
        CumulativeColumn = "目標年度の累積削減量 中央値（5〜95%）百万tCO2",
        Readings = "目標の読み方ごとの累積",
        ReadingsIntro = "各目標年度の累積を四つの読み方で示す（中央値（5〜95%）、百万tCO2）：採択済み案件の想定GHG排出削減量（環境省の集計）、有効な枠組み内で実現した削減量、発行クレジット、日本へのITMO。太字と*は目標の判定に用いる読み方（accounting.reading）。",
        JapanItmoColumn = "日本へのITMO 中央値 百万tCO2",
        FirstYearColumn = "試行の半数が達成する年度",
        JapanShareColumn = "クレジットに占める日本の割合",
        Never = "期間内に達しない",
        Comparison = "参照シナリオとの比較",
        Observations = "実績とモデル",
        ObservationsIntroFormat = "{0}：シナリオが指定する各実績値と、その時点のモデルの中央値・5–95%区間。較正用（2019年度まで）は前提の設定に使った実績、検証用（2020–2025年度）は較正に使わなかった実績。「区間より下」はモデルが実績より高いこと、「区間より上」は低いことを示す。",
        ObservationColumn = "実績",
        SourceColumn = "出典",
        SetColumn = "区分",
        RecordedColumn = "実績値",
        BandColumn = "モデル中央値（5–95%）",
        VerdictColumn = "判定",
        CalibrationWord = "較正用",
        ValidationWord = "検証用",
        InsideWord = "区間内",
        BelowWord = "区間より下",
        AboveWord = "区間より上",
        NotModelledFormat = "モデル外：{0}",
        ComparisonIntroFormat = "{0}との対応のある差（共通乱数：各シナリオの試行iは同じ乱数を使う）と95%信頼区間。",
        TargetYearColumn = "目標年度",
        ProbabilityDifferenceColumn = "達成確率の差（%ポイント）［95%区間］",
        CumulativeDifferenceColumn = "累積削減量の平均の差（百万tCO2）［95%区間］",
        Charts = "図",
        FigureFormat = "図{0}．",
        FilesFormat = "ファイル：{0}",
        Assumptions = "前提条件",
        AssumptionsIntro = "解決済みシナリオの不確実な入力すべてと、その分布、10パーセンタイル、平均、90パーセンタイル、抽出単位（試行ごと・案件ごと）。多くのパートナー国に共通の入力はまとめて示す。",
        AssumptionsVariantFormat = "{0}：{1}と異なる入力",
        AssumptionsNoDifference = "参照シナリオと異なる入力はない。",
        AssumptionsUnreadable = "manifest.jsonの解決済みシナリオは別のバージョンのJcmSimで書かれており、ここには表示できない。",
        Parameter = "入力",
        Path = "パス",
        Distribution = "分布",
        P10 = "P10",
        MeanColumn = "平均",
        P90 = "P90",
        Drawn = "抽出単位",
        PerTrial = "試行ごと",
        PerProject = "案件ごと",
        AllPartnersFormat = "{0}か国",
        Settings = "設定値",
        SettingsIntroFormat = "{0}の固定の設定値。",
        Value = "値",
        Method = "手法",
        MethodParagraphs =
        [
            "各試行は、基準年度に判明しているパートナー国と案件の構成から出発し、シナリオの最初のシミュレーション年度から最終年度まで年度（4月〜3月）ごとに進む。パートナー国が案件の機会を生み、資金チャネル（環境省の資金支援事業、国際機関の基金、民間投資家の類型）が予算と要求収益率の範囲で資金を付け、資金を得た案件はリードタイムの後、クレジット期間の終了または停止まで排出を削減する。クレジットは検証の遅れの後に保守的に発行され、日本（ITMO）と相手国に配分される。数式は src/JcmSim.Model/MODEL.md にある。",
            "不確実な入力はすべて確率分布で与える。「試行ごと」の入力は試行ごとに1回、「案件ごと」の入力は案件の機会ごとに抽出され、案件間の違いを表す。乱数はシード・試行・主体・年度・用途をキーとするカウンター方式の生成器から得るため、結果は試行の実行順に依存せず、同じシードで実行したシナリオは乱数を共有する（共通乱数）。そのためシナリオ間の差を精度よく推定できる。",
            "累積削減量は会計開始年度から目標年度までの各年度の削減量の和である。試行の累積が閾値に達したとき、その試行で目標は達成される。確率にはWilsonの95%信頼区間を付し、分位点はタイプ7（線形補間）とする。対応のある確率の差にはTangoのスコア法による95%信頼区間（対応のある2割合の差）を付す。この区間は幅が0にならない（結果の異なる試行がないときは±z²/(n + z²)）。累積削減量の平均の差は試行ごとの差の平均の正規近似による。最初のシミュレーション年度より前は既存案件で、期待性能のコホートとしてモデル化している。",
            "寄与の図は中央値ではなく平均を積み上げる。平均はチャネル・分野・国について足し合わせると合計の平均に一致するが、中央値はそうならない。パートナー国数の図の点は、環境省が公表した二国間文書署名国数の実績である。",
        ],
        Manifest = "実行記録",
        ManifestIntro = "この実行を再現するための情報（manifest.json）。",
        Version = "JcmSimのバージョン",
        Created = "実行開始（UTC）",
        CommandLine = "コマンドライン",
        Mode = "実行エンジン",
        Silos = "サイロ数",
        Seed = "シード",
        Trials = "シナリオごとの試行数",
        BlockSize = "ブロックサイズ",
        WallTime = "実行時間",
        SecondsFormat = "{0}秒",
        InputFiles = "入力ファイル（SHA-256）",
        File = "ファイル",
        Sha256 = "SHA-256",
        GeneratedFormat = "JcmSim {0} により作成。図は charts フォルダーにPNG（2400×1500）とSVGでも保存されている。",
    };

    /// <summary>The texts of <paramref name="language"/>: "en" or "ja".</summary>
    /// <exception cref="ArgumentException">Any other language.</exception>
    public static ReportText For(string language) => language switch
    {
        "en" => English,
        "ja" => Japanese,
        _ => throw new ArgumentException($"Unknown report language '{language}' (allowed: en, ja).", nameof(language)),
    };

    /// <summary>HTML title: {0} scenario titles.</summary>
    public required string DocumentTitleFormat { get; init; }

    /// <summary>Main heading.</summary>
    public required string Heading { get; init; }

    /// <summary>Run line: {0} trials, {1} seed, {2} version, {3} start time.</summary>
    public required string RunLineFormat { get; init; }

    /// <summary>Table of contents heading.</summary>
    public required string Contents { get; init; }

    /// <summary>Summary section heading.</summary>
    public required string Summary { get; init; }

    /// <summary>Summary section introduction.</summary>
    public required string SummaryIntro { get; init; }

    /// <summary>Scenario column.</summary>
    public required string Scenario { get; init; }

    /// <summary>Target column.</summary>
    public required string TargetColumn { get; init; }

    /// <summary>Probability column.</summary>
    public required string ProbabilityColumn { get; init; }

    /// <summary>Cumulative column.</summary>
    public required string CumulativeColumn { get; init; }

    /// <summary>Readings section heading.</summary>
    public required string Readings { get; init; }

    /// <summary>Readings section introduction.</summary>
    public required string ReadingsIntro { get; init; }

    /// <summary>Japan's ITMOs column.</summary>
    public required string JapanItmoColumn { get; init; }

    /// <summary>First year met column.</summary>
    public required string FirstYearColumn { get; init; }

    /// <summary>Japan's share column.</summary>
    public required string JapanShareColumn { get; init; }

    /// <summary>A threshold never reached by half the trials.</summary>
    public required string Never { get; init; }

    /// <summary>Observations heading.</summary>
    public required string Observations { get; init; }

    /// <summary>Observations introduction: {0} scenario title.</summary>
    public required string ObservationsIntroFormat { get; init; }

    /// <summary>Column: the observation (quantity, fiscal year, date).</summary>
    public required string ObservationColumn { get; init; }

    /// <summary>Column: source ids.</summary>
    public required string SourceColumn { get; init; }

    /// <summary>Column: calibration or validation.</summary>
    public required string SetColumn { get; init; }

    /// <summary>Column: the recorded value.</summary>
    public required string RecordedColumn { get; init; }

    /// <summary>Column: the model's median and 5–95% band.</summary>
    public required string BandColumn { get; init; }

    /// <summary>Column: inside, below or above the band.</summary>
    public required string VerdictColumn { get; init; }

    /// <summary>A calibration record.</summary>
    public required string CalibrationWord { get; init; }

    /// <summary>A validation record.</summary>
    public required string ValidationWord { get; init; }

    /// <summary>Verdict: inside the band.</summary>
    public required string InsideWord { get; init; }

    /// <summary>Verdict: below the band.</summary>
    public required string BelowWord { get; init; }

    /// <summary>Verdict: above the band.</summary>
    public required string AboveWord { get; init; }

    /// <summary>Verdict of a quantity the model has no reading of: {0} why (in English).</summary>
    public required string NotModelledFormat { get; init; }

    /// <summary>Comparison heading.</summary>
    public required string Comparison { get; init; }

    /// <summary>Comparison introduction: {0} reference title.</summary>
    public required string ComparisonIntroFormat { get; init; }

    /// <summary>Target year column.</summary>
    public required string TargetYearColumn { get; init; }

    /// <summary>Probability difference column.</summary>
    public required string ProbabilityDifferenceColumn { get; init; }

    /// <summary>Cumulative difference column.</summary>
    public required string CumulativeDifferenceColumn { get; init; }

    /// <summary>Charts section heading.</summary>
    public required string Charts { get; init; }

    /// <summary>Figure number: {0}.</summary>
    public required string FigureFormat { get; init; }

    /// <summary>Figure files: {0} file names.</summary>
    public required string FilesFormat { get; init; }

    /// <summary>Assumptions section heading.</summary>
    public required string Assumptions { get; init; }

    /// <summary>Assumptions introduction.</summary>
    public required string AssumptionsIntro { get; init; }

    /// <summary>Variant assumptions heading: {0} variant, {1} reference.</summary>
    public required string AssumptionsVariantFormat { get; init; }

    /// <summary>A variant with the reference's inputs.</summary>
    public required string AssumptionsNoDifference { get; init; }

    /// <summary>The resolved scenario cannot be read.</summary>
    public required string AssumptionsUnreadable { get; init; }

    /// <summary>Input column.</summary>
    public required string Parameter { get; init; }

    /// <summary>Path column.</summary>
    public required string Path { get; init; }

    /// <summary>Distribution column.</summary>
    public required string Distribution { get; init; }

    /// <summary>P10 column.</summary>
    public required string P10 { get; init; }

    /// <summary>Mean column.</summary>
    public required string MeanColumn { get; init; }

    /// <summary>P90 column.</summary>
    public required string P90 { get; init; }

    /// <summary>How often drawn column.</summary>
    public required string Drawn { get; init; }

    /// <summary>Drawn once per trial.</summary>
    public required string PerTrial { get; init; }

    /// <summary>Drawn for every project.</summary>
    public required string PerProject { get; init; }

    /// <summary>A group of partners sharing an input: {0} how many.</summary>
    public required string AllPartnersFormat { get; init; }

    /// <summary>Settings heading.</summary>
    public required string Settings { get; init; }

    /// <summary>Settings introduction: {0} scenario.</summary>
    public required string SettingsIntroFormat { get; init; }

    /// <summary>Value column.</summary>
    public required string Value { get; init; }

    /// <summary>Method notes heading.</summary>
    public required string Method { get; init; }

    /// <summary>Method notes, one paragraph each.</summary>
    public required IReadOnlyList<string> MethodParagraphs { get; init; }

    /// <summary>Manifest heading.</summary>
    public required string Manifest { get; init; }

    /// <summary>Manifest introduction.</summary>
    public required string ManifestIntro { get; init; }

    /// <summary>Version row.</summary>
    public required string Version { get; init; }

    /// <summary>Start time row.</summary>
    public required string Created { get; init; }

    /// <summary>Command line row.</summary>
    public required string CommandLine { get; init; }

    /// <summary>Engine row.</summary>
    public required string Mode { get; init; }

    /// <summary>Silo count row.</summary>
    public required string Silos { get; init; }

    /// <summary>Seed row.</summary>
    public required string Seed { get; init; }

    /// <summary>Trials row.</summary>
    public required string Trials { get; init; }

    /// <summary>Block size row.</summary>
    public required string BlockSize { get; init; }

    /// <summary>Wall time row.</summary>
    public required string WallTime { get; init; }

    /// <summary>Seconds: {0} value.</summary>
    public required string SecondsFormat { get; init; }

    /// <summary>Input files heading.</summary>
    public required string InputFiles { get; init; }

    /// <summary>File column.</summary>
    public required string File { get; init; }

    /// <summary>Hash column.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Closing line: {0} version.</summary>
    public required string GeneratedFormat { get; init; }
}
