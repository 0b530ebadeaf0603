using JcmSim.Model.Scenarios;

namespace JcmSim.ScenarioFormat.Fields;

/// <summary>
/// The units the field catalogue writes, in English and Japanese. A unit is a small shared word
/// ("factor", "1/yr") used by many fields, so its Japanese form is stated once here rather than
/// beside every field; a test holds that every unit of a studied field has one.
/// </summary>
internal static class FieldUnits
{
    private static readonly Dictionary<string, string> Japanese = new(StringComparer.Ordinal)
    {
        ["–"] = "–",
        ["factor"] = "倍率",
        ["share"] = "割合",
        ["share/yr"] = "割合/年",
        ["share of the lag"] = "遅れに占める割合",
        ["probability"] = "確率",
        ["probability per year"] = "年あたり確率",
        ["probability per expiry"] = "期限到来時の確率",
        ["probability per project"] = "案件あたり確率",
        ["elasticity"] = "弾力性",
        ["1/yr"] = "1/年",
        ["1/yr added to hurdle rates"] = "要求収益率への加算（1/年）",
        ["years"] = "年",
        ["years after signing"] = "署名後の年数",
        ["years after the start of operation"] = "運転開始後の年数",
        ["partners"] = "か国",
        ["partners/yr (Poisson rate)"] = "か国/年（ポアソン率）",
        ["growth per unspent share"] = "未使用割合あたりの伸び",
        ["credits ÷ realised reductions"] = "クレジット ÷ 実現削減量",
        ["σ of log price per year"] = "対数価格の年間σ",
        ["per ln(1 + projects)"] = "ln(1 + 案件数)あたり",
        ["projects/yr per partner"] = "案件/年・パートナー国あたり",
        ["projects/yr per project done"] = "案件/年・実施済み案件あたり",
        ["tCO2/yr"] = "tCO2/年",
        ["JPY per tCO2/yr"] = "円/(tCO2/年)",
        ["ratio"] = "比率",
        ["IRR (fraction)"] = "内部収益率（小数）",
        ["IRR before country risk"] = "カントリーリスク前の内部収益率",
        ["share of the source"] = "資金源に占める割合",
        ["share of unsubsidised money"] = "補助対象外資金に占める割合",
        ["share of capex"] = "初期投資額に占める割合",
        ["expected ÷ simulated price"] = "期待価格 ÷ 模擬価格",
    };

    /// <summary><paramref name="unit"/> in English and Japanese; the English word twice when no Japanese form is stated.</summary>
    public static LocalizedText Of(string unit) => new(unit, Japanese.GetValueOrDefault(unit, unit));

    /// <summary>True when <paramref name="unit"/> has a Japanese form.</summary>
    public static bool HasJapanese(string unit) => Japanese.ContainsKey(unit);
}
