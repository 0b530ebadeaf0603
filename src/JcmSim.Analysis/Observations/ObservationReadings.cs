using JcmSim.Model.Finance;
using JcmSim.Model.Observations;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Analysis.Observations;

/// <summary>
/// Resolves a scenario's <see cref="Scenario.Observations"/> into what a run reads for each
/// (<see cref="ObservedQuantities"/> says which output reads which quantity). A quantity the model
/// does not produce, or a date outside the simulated years, is kept with the reason, never dropped.
/// </summary>
public static class ObservationReadings
{
    private const double TonnesPerMt = 1e6;

    /// <summary>The readings of <paramref name="scenario"/>'s observations, in their order.</summary>
    public static IReadOnlyList<ObservationReading> For(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var publicChannels = scenario.Channels.OfType<PublicProgrammeChannel>().ToList();
        var ministry = publicChannels.Where(c => c.Programme == PublicProgrammeChannel.MinistryProgramme).Select(c => c.Id).ToList();
        var everyPublic = publicChannels.Select(c => c.Id).ToList();
        return [.. scenario.Observations.Select(o => Resolve(o, scenario.Horizon, ministry, everyPublic))];
    }

    private static ObservationReading Resolve(RecordedObservation observation, SimulationHorizon horizon, List<string> ministry, List<string> everyPublic)
    {
        var quantity = ObservedQuantities.Find(observation.Quantity)
            ?? throw new ArgumentException($"Unknown observed quantity '{observation.Quantity}'.", nameof(observation));
        var (kind, series, factor) = quantity.Name switch
        {
            "partnersSigned" => (ObservationReadingKind.Level, (IReadOnlyList<string>)["partners.active"], 1.0),
            "moejProjectsSelected" => (ObservationReadingKind.Cumulative, Prefixed("projects.funded.channel.", ministry), 1.0),
            "moejProjectsSelectedInYear" => (ObservationReadingKind.InYear, Prefixed("projects.funded.channel.", ministry), 1.0),
            "moejFinancedProjects" => (ObservationReadingKind.Cumulative, Prefixed("projects.funded.channel.", everyPublic), 1.0),
            "moejExpectedReductionsTo2030Mt" => (ObservationReadingKind.Cumulative, Prefixed(SeriesLayout.ExpectedReductionsPrefix, ministry), 1.0),
            "creditsIssuedCumulativeT" => (ObservationReadingKind.Cumulative, ["credits.issued"], TonnesPerMt),
            "projectsRegistered" => (ObservationReadingKind.RunningCount, [SeriesLayout.ProjectsRegisteredCumulativeId], 1.0),
            "projectsIssuing" => (ObservationReadingKind.RunningCount, [SeriesLayout.ProjectsIssuingCumulativeId], 1.0),
            "moejProjectHostCountries" => (ObservationReadingKind.RunningCount, everyPublic.Count == 0 ? [] : [SeriesLayout.PublicHostCountriesCumulativeId], 1.0),
            _ => (ObservationReadingKind.Level, [], 1.0),
        };

        var why = quantity.NotModelledBecause
            ?? (series.Count == 0 ? "the scenario has no channel the quantity counts" : null)
            ?? (observation.FiscalYear < horizon.FirstYear ? $"FY{observation.FiscalYear} is before the first simulated year, FY{horizon.FirstYear}" : null)
            ?? (observation.FiscalYear > horizon.LastYear ? $"FY{observation.FiscalYear} is after the last simulated year, FY{horizon.LastYear}" : null);
        return new ObservationReading(observation, kind, why is null ? series : [], factor, why);
    }

    private static IReadOnlyList<string> Prefixed(string prefix, List<string> channels) => [.. channels.Select(c => prefix + c)];
}
