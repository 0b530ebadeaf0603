namespace JcmSim.Charts.Localization;

/// <summary>The names of the record's quantities (<see cref="JcmSim.Model.Observations.ObservedQuantities"/>) in charts and the report, with their unit.</summary>
public static class ObservedQuantityNames
{
    private static readonly Dictionary<string, (string En, string Ja)> Names = new(StringComparer.Ordinal)
    {
        ["partnersSigned"] = ("Partner countries that had signed", "署名済みパートナー国数"),
        ["projectsRegistered"] = ("Projects registered (cumulative)", "登録案件数（累計）"),
        ["projectsIssuing"] = ("Projects with credits issued (cumulative)", "クレジット発行済み案件数（累計）"),
        ["creditsIssuedCumulativeT"] = ("Credits issued (cumulative, tCO2)", "発行済みクレジット（累計、tCO2）"),
        ["moejProjectsSelected"] = ("Projects selected by the Ministry's programme (cumulative)", "環境省設備補助事業の採択案件数（累計）"),
        ["moejFinancedProjects"] = ("Projects financed by the Ministry, wider tally (cumulative)", "環境省資金によるJCM案件数（累計、広義）"),
        ["moejExpectedReductionsTo2030Mt"] = ("Expected reductions to FY2030 of the Ministry's projects (MtCO2)", "環境省採択案件の2030年度までの想定削減量（百万tCO2）"),
        ["moejProjectsSelectedInYear"] = ("Projects selected by the Ministry's programme in the fiscal year", "環境省設備補助事業の年度内採択案件数"),
        ["moejProjectHostCountries"] = ("Countries hosting the Ministry's projects", "環境省案件のホスト国数"),
    };

    /// <summary>The name of <paramref name="quantity"/> in <paramref name="text"/>'s language; the quantity itself when unknown.</summary>
    public static string For(string quantity, ChartText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Names.TryGetValue(quantity, out var name) ? text.IsJapanese ? name.Ja : name.En : quantity;
    }
}
