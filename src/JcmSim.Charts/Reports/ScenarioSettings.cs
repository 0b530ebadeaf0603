using System.Globalization;
using JcmSim.Model.Finance;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Reports;

/// <summary>The scenario's fixed (non-distribution) settings that shape results, as report rows.</summary>
public static class ScenarioSettings
{
    /// <summary>The rows of <paramref name="scenario"/>, in scenario order, with words in <paramref name="language"/> ("en" or "ja").</summary>
    public static IReadOnlyList<SettingRow> Rows(Scenario scenario, string language)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var ja = language == "ja";
        var rows = new List<SettingRow>
        {
            new("horizon", new("Simulated fiscal years", "シミュレーション年度"), $"FY{scenario.Horizon.FirstYear}–FY{scenario.Horizon.LastYear}"),
            new("accounting.startYear", new("Accounting start", "会計開始年度"), $"FY{scenario.Accounting.StartYear}"),
            new("accounting.targets", new("Targets", "目標"), string.Join("; ", scenario.Accounting.Targets.Select(t => $"FY{t.FiscalYear}: {Number(t.ThresholdMt)} MtCO2"))),
            new("partners", new("Partner countries", "パートナー国"), Number(scenario.Partners.Count)),
            new("expansion.startYear", new("New partners from", "新規パートナーの加入開始"), $"FY{scenario.Expansion.StartYear}"),
            new("expansion.maxPartners", new("Maximum partners", "パートナー国の上限"), scenario.Expansion.MaxPartners.IsFixed ? Number(scenario.Expansion.MaxPartners.Mean) : scenario.Expansion.MaxPartners.Describe()),
            new("expansion.agreementTermYears", new("Agreement term of new partners, years", "新規パートナーの協定期間（年）"), scenario.Expansion.AgreementTermYears is { } term ? Number(term) : (ja ? "無期限" : "open-ended")),
            new("expansion.candidates", new("Candidate countries", "候補国"), Number(scenario.Expansion.Candidates.Count)),
            new("agreements.extensionYears", new("Years added by an extension", "延長1回あたりの年数"), Number(scenario.Agreements.ExtensionYears)),
            new("agreements.issuanceContinuesAfterLapse", new("Issuance continues after a lapse", "失効後もクレジット発行を継続"), scenario.Agreements.IssuanceContinuesAfterLapse ? (ja ? "はい" : "yes") : (ja ? "いいえ" : "no")),
            new("pipeline.baseYear", new("Pipeline base year", "案件形成の基準年度"), $"FY{scenario.Pipeline.BaseYear}"),
            new("pipeline.cityToCityShare", new("City-to-city share of the pipeline", "都市間連携の割合"), Number(scenario.Pipeline.CityToCityShare)),
        };

        foreach (var channel in scenario.Channels)
        {
            var prefix = $"channels.{channel.Id}.";
            rows.Add(new(prefix + "annualBudgetJpy", Label(channel.Name, "budget path, JPY/yr", "予算（円/年）"), Path(channel.AnnualBudgetJpy)));
            rows.Add(new(prefix + "firstYear", Label(channel.Name, "first year", "開始年度"), $"FY{channel.FirstYear}"));
            if (channel.Sectors.Count > 0)
            {
                rows.Add(new(prefix + "sectors", Label(channel.Name, "sectors", "対象分野"), string.Join(", ", channel.Sectors)));
            }

            if (channel.Countries.Count > 0)
            {
                rows.Add(new(prefix + "countries", Label(channel.Name, "countries", "対象国"), string.Join(", ", channel.Countries)));
            }

            if (channel is PublicProgrammeChannel programme)
            {
                rows.Add(new(prefix + "perProjectCapJpy", Label(channel.Name, "cap per project, JPY", "1案件あたり上限（円）"), Number(programme.PerProjectCapJpy)));
                if (programme.MaxSubsidyJpyPerTco2 is { } max)
                {
                    rows.Add(new(prefix + "maxSubsidyJpyPerTco2", Label(channel.Name, "maximum subsidy, JPY/tCO2", "補助額上限（円/tCO2）"), Number(max)));
                }
            }
        }

        rows.Add(new("credits.issuanceLagYears", new("Issuance decision lag after a monitoring period, years", "モニタリング期間終了から発行決定までの年数"), Number(scenario.Credits.IssuanceLagYears)));
        rows.Add(new("credits.allocation", new("Allocation policy", "配分方式"), scenario.Credits.Allocation.ToString()));
        rows.Add(new("credits.omgeCancellationShare", new("OMGE cancellation share", "OMGE取消割合"), Number(scenario.Credits.OmgeCancellationShare)));
        rows.Add(new("credits.countReductionsOutsideFramework", new("Reductions outside a live framework count", "枠組み外の削減量も計上"), scenario.Credits.CountReductionsOutsideFramework ? (ja ? "はい" : "yes") : (ja ? "いいえ" : "no")));
        rows.Add(new("creditPrice.trendJpyPerTco2", new("Credit price trend, JPY/tCO2", "クレジット価格の趨勢（円/tCO2）"), Path(scenario.CreditPrice.TrendJpyPerTco2)));
        rows.Add(new("creditPrice.persistence", new("Credit price persistence", "クレジット価格の持続性"), Number(scenario.CreditPrice.Persistence)));
        rows.Add(new("existingPortfolio", new("Existing project cohorts (projects)", "既存案件コホート（案件数）"),
            $"{Number(scenario.ExistingPortfolio.Count)} ({Number(scenario.ExistingPortfolio.Sum(c => c.Projects))})"));
        return rows;
    }

    private static LocalizedText Label(LocalizedText entity, string en, string ja) => new($"{entity.En}: {en}", $"{entity.In("ja")}：{ja}");

    private static string Number(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string Path(YearPath path) =>
        path.Points.Count == 1
            ? Number(path.Points[0].Value)
            : string.Join("; ", path.Points.Select(p => $"FY{p.FiscalYear}: {Number(p.Value)}"));
}
