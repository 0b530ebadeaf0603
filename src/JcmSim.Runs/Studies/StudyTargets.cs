using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Studies;

/// <summary>Which of the scenario's targets a study looks at.</summary>
public static class StudyTargets
{
    /// <summary>The target in <paramref name="fiscalYear"/>, or the last target when null.</summary>
    /// <exception cref="BadInputException">The scenario has no target in that year.</exception>
    public static ReductionTarget Resolve(Scenario scenario, int? fiscalYear, string file)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var targets = scenario.Accounting.Targets;
        if (fiscalYear is not { } year)
        {
            return targets[^1];
        }

        return targets.FirstOrDefault(t => t.FiscalYear == year)
            ?? throw new BadInputException($"--target {year}: {file} has no target in FY{year} (allowed: {string.Join(", ", targets.Select(t => t.FiscalYear))}).");
    }
}
