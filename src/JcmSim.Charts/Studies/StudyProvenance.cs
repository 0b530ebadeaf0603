using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Studies;

/// <summary>What a study chart's footer names: the JcmSim version, the scenario, the trials per design point and the seed.</summary>
/// <param name="Version">JcmSim version.</param>
/// <param name="ScenarioName">The scenario's file name without extension.</param>
/// <param name="ScenarioTitle">The scenario's title.</param>
/// <param name="TrialsPerPoint">Trials run at each design point.</param>
/// <param name="Seed">The study's seed (shared by every point: common random numbers).</param>
public sealed record StudyProvenance(string Version, string ScenarioName, LocalizedText ScenarioTitle, int TrialsPerPoint, ulong Seed)
{
    /// <summary>The provenance of a sensitivity study's result.</summary>
    public static StudyProvenance Of(SensitivityStudyInfo study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return new StudyProvenance(study.Version, study.Scenario, study.Title, study.TrialsPerPoint, study.Seed);
    }
}
