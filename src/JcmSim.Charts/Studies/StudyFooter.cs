using JcmSim.Charts.Localization;
using JcmSim.Charts.Rendering;

namespace JcmSim.Charts.Studies;

/// <summary>The provenance footer of a study chart (trials are per design point).</summary>
internal static class StudyFooter
{
    public static string Format(ChartText text, StudyProvenance provenance) =>
        ChartFooter.Format(text, provenance.Version, [(provenance.ScenarioName, provenance.ScenarioTitle)], [provenance.TrialsPerPoint], provenance.Seed);

    public static string Scenario(ChartText text, StudyProvenance provenance) => provenance.ScenarioTitle.In(text.Language);
}
