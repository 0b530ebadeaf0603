using JcmSim.Model.Potential;
using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// The check that the opportunity flow stays within what a run can hold: every field may be in
/// range while their product (potential × multiplier × growth over decades) is not. The reader and
/// <see cref="ScenarioValidator"/> both run it on the finished scenario.
/// </summary>
internal static class OpportunityVolume
{
    /// <summary>
    /// The problem when the expected number of opportunities per trial and year (MODEL.md, λ), with the
    /// multiplier and both growth rates at their largest possible draws, exceeds
    /// <see cref="ScenarioLimits.MaxOpportunitiesPerCountryYear"/> for a country or
    /// <see cref="ScenarioLimits.MaxOpportunitiesPerYear"/> in total. Each opportunity costs memory in
    /// every trial of a block, and counts are whole numbers, so a runaway flow would exhaust memory
    /// or overflow long before it finished.
    /// </summary>
    public static ScenarioProblem? Check(Scenario scenario)
    {
        var pipeline = scenario.Pipeline;
        var multiplier = DistributionReader.LargestDraw(pipeline.Multiplier);
        var allowed = "smaller opportunitiesPerYear (or newPartnerOpportunitiesPerYear), a bounded multiplier, or lower growth rates";

        // New partners: at most maxPartners − known ones join; take the largest potentials.
        var medianPartnerMt = CandidatePotential.MedianPartnerMt(scenario);
        var joinable = Math.Max(0, JcmSim.Model.Countries.PartnerExpansionProcess.Cap(DistributionReader.LargestDraw(scenario.Expansion.MaxPartners)) - scenario.Partners.Count);
        var candidateBases = scenario.Expansion.Candidates
            .Select(c => (c.Code, Base: CandidatePotential.OpportunitiesPerYear(scenario, c.Code, medianPartnerMt).Sum()))
            .OrderByDescending(c => c.Base)
            .Take(joinable)
            .ToList();
        var countries = scenario.Partners
            .Select(p => (p.Code, Base: p.OpportunitiesPerYear.Values.Sum()))
            .Concat(candidateBases)
            .ToList();
        var largestBase = countries.Count == 0 ? 0 : countries.Max(c => c.Base);
        var totalBase = countries.Sum(c => c.Base);

        for (var year = scenario.Horizon.FirstYear; year <= scenario.Horizon.LastYear; year++)
        {
            var factor = multiplier * LargestGrowth(pipeline, year);
            var perCountry = largestBase * factor;
            if (!(perCountry <= ScenarioLimits.MaxOpportunitiesPerCountryYear))
            {
                var country = countries.First(c => c.Base == largestBase).Code;
                return new("pipeline",
                    $"{country} could get {ValueRange.Format(perCountry)} opportunities a year by FY{year} (multiplier and growth at their largest draws); a country is limited to {ScenarioLimits.MaxOpportunitiesPerCountryYear:N0}",
                    allowed);
            }

            var total = totalBase * factor;
            if (!(total <= ScenarioLimits.MaxOpportunitiesPerYear))
            {
                return new("pipeline",
                    $"all countries together could get {ValueRange.Format(total)} opportunities a year by FY{year} (multiplier and growth at their largest draws); a trial is limited to {ScenarioLimits.MaxOpportunitiesPerYear:N0}",
                    allowed);
            }
        }

        return null;
    }

    // (1+g)^(y−y₀) · (1 + κ·((1+g_city)^(y−y₀) − 1)) at its largest over the draws of g and g_city:
    // the largest rates after the base year, the smallest before it.
    private static double LargestGrowth(JcmSim.Model.Projects.PipelineGrowth pipeline, int year)
    {
        var elapsed = year - pipeline.BaseYear;
        double Extreme(Distribution rate) =>
            Math.Pow(1 + (elapsed >= 0 ? DistributionReader.LargestDraw(rate) : rate.Minimum), elapsed);

        return Extreme(pipeline.GrowthRatePerYear) * (1 + (pipeline.CityToCityShare * (Extreme(pipeline.CityToCityGrowthRatePerYear) - 1)));
    }
}
