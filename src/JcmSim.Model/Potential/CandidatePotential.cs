using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Potential;

/// <summary>
/// A new partner's opportunity flow from its own emissions (MODEL.md §Opportunities): per sector,
///
///     λ_{c,s} = NewPartnerOpportunitiesPerYear_s · (E_{c,src(s)} / median_p E_{p,src(s)})^ν
///
/// over the known partners p, ν = <see cref="Countries.PartnerExpansion.PotentialElasticity"/>; the scale is 1
/// where the sector has no emission source or either emissions figure is unknown.
/// </summary>
public static class CandidatePotential
{
    /// <summary>The emissions of each sector's source in country <paramref name="code"/>, MtCO2e by sector index (NaN where unknown).</summary>
    public static double[] EmissionsMt(Scenario scenario, string code)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var row = scenario.NationalEmissions.FirstOrDefault(e => e.Code == code);
        return scenario.Sectors
            .Select(s => s.EmissionSource is { } source && row?.Mt(source) is { } mt ? mt : double.NaN)
            .ToArray();
    }

    /// <summary>The median over the known partners of each sector's source emissions, MtCO2e by sector index (NaN where none is known).</summary>
    public static double[] MedianPartnerMt(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var partners = scenario.Partners.Select(p => EmissionsMt(scenario, p.Code)).ToList();
        return Enumerable.Range(0, scenario.Sectors.Count).Select(s => Median(partners.Select(e => e[s]))).ToArray();
    }

    /// <summary>Expected opportunities per year of candidate <paramref name="code"/> at the pipeline's base year, by sector index.</summary>
    public static double[] OpportunitiesPerYear(Scenario scenario, string code, double[] medianPartnerMt)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(medianPartnerMt);
        var expansion = scenario.Expansion;
        var emissions = EmissionsMt(scenario, code);
        var rates = new double[scenario.Sectors.Count];
        for (var s = 0; s < rates.Length; s++)
        {
            var typical = expansion.NewPartnerOpportunitiesPerYear.GetValueOrDefault(scenario.Sectors[s].Id);
            var known = !double.IsNaN(emissions[s]) && !double.IsNaN(medianPartnerMt[s]) && medianPartnerMt[s] > 0;
            rates[s] = typical * (known ? Math.Pow(Math.Max(0, emissions[s]) / medianPartnerMt[s], expansion.PotentialElasticity) : 1);
        }

        return rates;
    }

    private static double Median(IEnumerable<double> values)
    {
        var known = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (known.Length == 0)
        {
            return double.NaN;
        }

        var middle = known.Length / 2;
        return known.Length % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
    }
}
