using JcmSim.Model.Distributions;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios.ValidationRules;

/// <summary>
/// Rules across fields: real country codes, year order against the horizon, the horizon's length
/// and the opportunity flow that all growth parameters together imply.
/// </summary>
public sealed class ConsistencyRulesTests : IDisposable
{
    private const string Main = ScenarioFiles.Main;
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Well_formed_but_unassigned_country_code_is_refused()
    {
        _files.Replace("data/partners.csv", "VNM,Viet Nam", "XVN,Viet Nam");
        _files.Replace("data/pipeline.csv", "VNM,solar,1.5\n", "");

        var error = _files.SingleError();

        Assert.Equal((_files.PathOf("data/partners.csv"), "partners[1].code"), (error.File, error.FieldPath));
        Assert.Equal("'XVN' is not an assigned ISO 3166-1 alpha-3 country code", error.Problem);
    }

    [Fact]
    public void Japan_cannot_be_a_candidate()
    {
        _files.Replace("data/candidates.csv", "IND,India", "JPN,Japan");
        _files.Replace(Main, "    countries: [THA, IND]", "    countries: [THA]");

        var error = _files.SingleError();

        Assert.Equal("expansion.candidates[0].code", error.FieldPath);
        Assert.Contains("Japan is the investing side", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Iso_list_has_every_assigned_code_once()
    {
        Assert.Equal(249, CountryCodes.All.Count);
        Assert.All(CountryCodes.All, c => Assert.Matches("^[A-Z]{3}$", c));
        Assert.Contains("THA", CountryCodes.All);
        Assert.DoesNotContain("XKX", CountryCodes.All);
    }

    [Fact]
    public void Horizon_longer_than_the_limit_is_refused_at_last_year()
    {
        _files.Replace(Main, "horizon: {firstYear: 2026, lastYear: 2030}", "horizon: {firstYear: 2026, lastYear: 2199}");

        var error = _files.SingleError();

        Assert.Equal("horizon.lastYear", error.FieldPath);
        Assert.Equal("the horizon spans 174 years (FY2026–FY2199)", error.Problem);
        Assert.Equal($"at most {ScenarioLimits.MaxHorizonYears} simulated years: lastYear ≤ 2125", error.Allowed);
    }

    [Fact]
    public void Horizon_of_ten_thousand_years_is_refused_by_the_year_range()
    {
        _files.Replace(Main, "horizon: {firstYear: 2026, lastYear: 2030}", "horizon: {firstYear: 2026, lastYear: 12026}");

        var errors = _files.Errors();

        Assert.Contains(errors, e => e.FieldPath == "horizon.lastYear" && e.Allowed == "a fiscal year from 1950 to 2200");
    }

    [Fact]
    public void Expansion_starting_after_the_horizon_is_refused()
    {
        _files.Replace(Main, "  startYear: 2026\n", "  startYear: 2031\n");

        var error = _files.SingleError();

        Assert.Equal("expansion.startYear", error.FieldPath);
        Assert.Contains("after the last simulated year 2030", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Channel_starting_after_the_horizon_is_refused()
    {
        _files.Replace(Main, "    participantHurdleRate: 0.05", "    participantHurdleRate: 0.05\n    firstYear: 2035");

        var error = _files.SingleError();

        Assert.Equal("channels.moej.firstYear", error.FieldPath);
        Assert.Contains("would fund nothing", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Cohort_starting_after_the_horizon_is_refused()
    {
        _files.Replace("data/portfolio.csv", "3,2020,", "3,2031,");

        var error = _files.SingleError();

        Assert.Equal(("existingPortfolio[0].startYear", "≤ 2030"), (error.FieldPath, error.Allowed));
    }

    [Fact]
    public void Opportunity_flow_of_one_country_beyond_the_limit_is_refused()
    {
        _files.Replace("data/pipeline.csv", "THA,solar,2", "THA,solar,4000");
        _files.Replace(Main, "  multiplier: 1\n", "  multiplier: {dist: uniform, min: 1, max: 3}\n");

        var error = _files.SingleError();

        Assert.Equal("pipeline", error.FieldPath);
        Assert.StartsWith("THA could get 12", error.Problem, StringComparison.Ordinal);
        Assert.Contains("a country is limited to 10,000", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Opportunity_flow_grown_over_the_horizon_beyond_the_limit_is_refused()
    {
        _files.Replace(Main, "  growthRatePerYear: 0.02", "  growthRatePerYear: 50");

        var error = _files.SingleError();

        Assert.Equal("pipeline", error.FieldPath);
        Assert.Contains("by FY2028", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_opportunity_flow_beyond_the_limit_is_refused()
    {
        _files.Replace(Main, "newPartnerOpportunitiesPerYear: {solar: 1}", "newPartnerOpportunitiesPerYear: {solar: 9000}");
        var candidates = string.Join("", new[] { "MYS", "PAK", "NPL", "BTN", "TLS", "FJI", "NGA", "GHA", "RWA", "ZMB", "MOZ", "CIV" }
            .Select(c => $"{c},Candidate,,Region,1,test\n"));
        _files.Write("data/candidates.csv", File.ReadAllText(_files.PathOf("data/candidates.csv")) + candidates);
        _files.Replace(Main, "  maxPartners: 5", "  maxPartners: 40");

        var error = _files.SingleError();

        Assert.Equal("pipeline", error.FieldPath);
        Assert.StartsWith("all countries together could get", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Candidates_that_can_never_join_do_not_count_toward_the_flow()
    {
        _files.Replace(Main, "newPartnerOpportunitiesPerYear: {solar: 1}", "newPartnerOpportunitiesPerYear: {solar: 9000}");
        _files.Replace(Main, "  maxPartners: 5", "  maxPartners: 2");

        var scenario = ScenarioLoader.Load(_files.PathOf(Main));

        Assert.Equal(Distribution.Fixed(2), scenario.Expansion.MaxPartners);
    }
}
