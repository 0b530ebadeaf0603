using JcmSim.Charts.Localization;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Rendering;

/// <summary>The provenance line of a chart: version, scenario(s), trials and seed.</summary>
public static class ChartFooter
{
    /// <summary>
    /// The footer text, e.g. "Source: JcmSim 0.1.0 simulation · scenario Current policy (baseline) ·
    /// 5,000 trials · seed 7".
    /// </summary>
    /// <param name="text">Language.</param>
    /// <param name="version">JcmSim version.</param>
    /// <param name="scenarios">Scenario names and titles.</param>
    /// <param name="trials">Trials per scenario (different counts are shown as a list).</param>
    /// <param name="seed">Root seed.</param>
    public static string Format(ChartText text, string version, IReadOnlyList<(string Name, LocalizedText Title)> scenarios, IReadOnlyList<int> trials, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = string.Join(text.ScenarioSeparator, scenarios.Select(s => text.IsJapanese ? $"{s.Title.In(text.Language)}（{s.Name}）" : $"{s.Title.In(text.Language)} ({s.Name})"));
        var distinct = trials.Distinct().ToArray();
        var trialText = distinct.Length == 1 ? text.Numbers.Count(distinct[0]) : string.Join("/", trials.Select(t => text.Numbers.Count(t)));
        return ChartText.Format(text.FooterFormat, version, names, trialText, seed);
    }
}
