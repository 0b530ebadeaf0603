
namespace JcmSim.Model.Scenarios.Parameters;

/// <summary>English and Japanese names of the scenario's uncertain inputs and of their sections.</summary>
public static class ParameterLabels
{
    /// <summary>Field names by the scenario format's field name.</summary>
    public static IReadOnlyDictionary<string, LocalizedText> Fields { get; } = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["sizeTco2PerYear"] = new("project size", "案件規模"),
        ["capexJpyPerTco2PerYear"] = new("capital cost", "初期投資額"),
        ["leadTimeYears"] = new("lead time", "リードタイム"),
        ["creditingYears"] = new("crediting period", "クレジット期間"),
        ["performanceRatio"] = new("performance ratio", "実績比率"),
        ["degradationPerYear"] = new("degradation", "劣化率"),
        ["failureHazardPerYear"] = new("failure hazard", "停止確率"),
        ["returnWithoutCredits"] = new("return without credits", "クレジットなしの収益率"),
        ["article6ReadinessLagYears"] = new("Article 6 readiness lag", "第6条対応までの年数"),
        ["hostRetentionShare"] = new("host retention share", "相手国保持割合"),
        ["countryRiskPremium"] = new("country risk premium", "カントリーリスク・プレミアム"),
        ["readinessCapacitySensitivity"] = new("readiness lag's sensitivity to institutional capacity", "第6条対応期間の制度能力への感応度"),
        ["newPartnersPerYear"] = new("joining rate per year", "年間の加入数"),
        ["extensionProbability"] = new("extension probability", "延長確率"),
        ["multiplier"] = new("opportunity multiplier", "案件数の倍率"),
        ["addressableShare"] = new("addressable share", "削減可能割合"),
        ["maxPartners"] = new("most partners", "パートナー国数の上限"),
        ["backlogAgeOutPerYear"] = new("backlog age-out per year", "未資金案件の年間脱落確率"),
        ["financeResponsePerUnspentShare"] = new("response to unspent money", "未使用資金への案件形成の反応"),
        ["maxFinanceResponseGrowthPerYear"] = new("developers' capacity (most growth per year)", "案件開発能力（年間伸びの上限）"),
        ["creditPriceElasticity"] = new("credit price elasticity", "クレジット価格弾力性"),
        ["maturityPerLogProjects"] = new("market maturity", "市場の成熟度"),
        ["jointCommitteeRegistrationsPerYear"] = new("Joint Committee registrations per year", "合同委員会の年間登録処理数"),
        ["jointCommitteeRegistrationsPerProject"] = new("Joint Committee throughput per project done", "実施済み案件あたりの合同委員会処理数の増分"),
        ["growthRatePerYear"] = new("growth per year", "年間伸び率"),
        ["cityToCityGrowthRatePerYear"] = new("city-to-city growth per year", "都市間連携の年間伸び率"),
        ["budgetMultiplier"] = new("budget multiplier", "予算倍率"),
        ["japanContributionShare"] = new("Japanese contribution share", "日本側出資割合"),
        ["subsidyRatioCap"] = new("subsidy ratio cap", "補助率上限"),
        ["participantHurdleRate"] = new("participants' hurdle rate", "参加者の要求収益率"),
        ["hurdleRate"] = new("hurdle rate", "要求収益率"),
        ["creditPriceExpectationFactor"] = new("credit price expectation", "クレジット価格の期待倍率"),
        ["authorisationRisk"] = new("authorisation risk", "承認リスク"),
        ["conservativenessFactor"] = new("conservativeness factor", "保守性係数"),
        ["fixedJapanShare"] = new("fixed Japan share", "日本への固定配分割合"),
        ["registrationLagYears"] = new("registration lag", "登録までの年数"),
        ["firstMonitoringPeriodYears"] = new("first monitoring period", "初回モニタリング期間"),
        ["monitoringPeriodYears"] = new("monitoring period", "モニタリング期間"),
        ["requestProbability"] = new("issuance request probability", "発行申請の確率"),
        ["volatility"] = new("volatility", "変動性"),
    };

    /// <summary>Section names by the scenario format's section name.</summary>
    public static IReadOnlyDictionary<string, LocalizedText> Sections { get; } = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["expansion"] = new("New partners", "新規パートナー"),
        ["agreements"] = new("Agreements", "協定"),
        ["pipeline"] = new("Pipeline", "案件形成"),
        ["credits"] = new("Credits", "クレジット"),
        ["creditPrice"] = new("Credit price", "クレジット価格"),
    };

    /// <summary>"Entity: field" in English, "主体：項目" in Japanese.</summary>
    public static LocalizedText Compose(LocalizedText entity, string field)
    {
        var name = Fields.TryGetValue(field, out var known) ? known : new LocalizedText(field);
        return new LocalizedText($"{entity.En}: {name.En}", $"{entity.In("ja")}：{name.In("ja")}");
    }

    /// <summary>The label of a field of a section, e.g. "Pipeline: growth per year".</summary>
    public static LocalizedText Section(string section, string field) =>
        Compose(Sections.TryGetValue(section, out var known) ? known : new LocalizedText(section), field);
}
