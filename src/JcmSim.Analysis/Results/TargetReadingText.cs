using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>What each <see cref="TargetReading"/> is called in tables, charts and the report, in English and Japanese.</summary>
public static class TargetReadingText
{
    /// <summary>Every reading, in the order tables and charts show them.</summary>
    public static IReadOnlyList<TargetReading> All { get; } = Enum.GetValues<TargetReading>();

    /// <summary>The full name, e.g. "Realised reductions (live frameworks)" / 「実現削減量（有効な枠組み内）」.</summary>
    public static string Name(TargetReading reading, string language) => (reading, language == "ja") switch
    {
        (TargetReading.ExpectedReductions, false) => "Expected reductions of selected projects",
        (TargetReading.ExpectedReductions, true) => "採択案件の想定削減量",
        (TargetReading.RealisedReductions, false) => "Realised reductions (live frameworks)",
        (TargetReading.RealisedReductions, true) => "実現削減量（有効な枠組み内）",
        (TargetReading.CreditsIssued, false) => "Credits issued",
        (TargetReading.CreditsIssued, true) => "発行クレジット",
        (TargetReading.JapanItmos, false) => "Japan's ITMOs",
        (TargetReading.JapanItmos, true) => "日本のITMO",
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown reading of the target."),
    };

    /// <summary>A column heading's short form, e.g. "Realised" / 「実現」.</summary>
    public static string Short(TargetReading reading, string language) => (reading, language == "ja") switch
    {
        (TargetReading.ExpectedReductions, false) => "Expected",
        (TargetReading.ExpectedReductions, true) => "想定",
        (TargetReading.RealisedReductions, false) => "Realised",
        (TargetReading.RealisedReductions, true) => "実現",
        (TargetReading.CreditsIssued, false) => "Issued",
        (TargetReading.CreditsIssued, true) => "発行",
        (TargetReading.JapanItmos, false) => "ITMOs",
        (TargetReading.JapanItmos, true) => "ITMO",
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown reading of the target."),
    };

    /// <summary>
    /// The one reading every scenario tests its targets against, or null when they differ (then a
    /// table says "tested cumulative" and names each scenario's reading).
    /// </summary>
    public static TargetReading? Common(IEnumerable<ScenarioSummary> scenarios)
    {
        var readings = scenarios.Select(s => s.Reading).Distinct().ToArray();
        return readings.Length == 1 ? readings[0] : null;
    }

    /// <summary>A sentence naming the reading(s) the targets are tested against, for captions and notes.</summary>
    public static string TestedAgainst(IReadOnlyList<ScenarioSummary> scenarios, string language)
    {
        var ja = language == "ja";
        if (Common(scenarios) is { } reading)
        {
            return ja ? $"目標の判定：{Name(reading, language)}。" : $"Targets tested against: {Name(reading, language)}.";
        }

        var each = string.Join(ja ? "、" : "; ", scenarios.Select(s => $"{s.Title.In(language)}: {Name(s.Reading, language)}"));
        return ja ? $"目標の判定：{each}。" : $"Targets tested against: {each}.";
    }
}
