using JcmSim.ScenarioFormat;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios;

/// <summary>
/// Bad input: each case breaks the minimal scenario in one place and checks that the loader names
/// the file, the line (and column where it matters), the field path and the problem.
/// </summary>
public sealed class ScenarioValidationTests : IDisposable
{
    private const string Main = ScenarioFiles.Main;
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Malformed_yaml_gives_one_error_at_the_syntax_problem()
    {
        _files.Replace(Main, "horizon: {firstYear: 2026, lastYear: 2030}", "horizon: {firstYear: 2026, lastYear: 2030");

        var error = _files.SingleError();

        Assert.Equal(_files.PathOf(Main), error.File);
        Assert.Equal(_files.LineOf(Main, "accounting:"), error.Line);
        Assert.StartsWith("malformed YAML", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_flow_sequence_is_reported_with_a_position()
    {
        _files.Replace(Main, "    sectors: [solar]", "    sectors: [solar");

        var error = _files.SingleError();

        Assert.StartsWith("malformed YAML", error.Problem, StringComparison.Ordinal);
        Assert.True(error.Line >= _files.LineOf(Main, "sectors: [solar"), error.ToString());
    }

    [Fact]
    public void Unknown_key_is_reported_with_a_suggestion()
    {
        _files.Replace(Main, "  growthRatePerYear: 0.02", "  growthRatePerYer: 0.02");

        var errors = _files.Errors();

        var unknown = Assert.Single(errors, e => e.Problem.StartsWith("unknown key", StringComparison.Ordinal));
        Assert.Equal(_files.LineOf(Main, "growthRatePerYer"), unknown.Line);
        Assert.Equal(3, unknown.Column);
        Assert.Equal("pipeline.growthRatePerYer", unknown.FieldPath);
        Assert.Contains("did you mean 'growthRatePerYear'?", unknown.Problem, StringComparison.Ordinal);
        Assert.Contains("growthRatePerYear", unknown.Allowed, StringComparison.Ordinal);
        // Renaming the key also leaves the real one missing: reported at the mapping.
        Assert.Single(errors, e => e.FieldPath == "pipeline.growthRatePerYear" && e.Problem == "required key is missing");
    }

    [Fact]
    public void Wrong_type_names_the_expected_type()
    {
        _files.Replace(Main, "  maxPartners: 5", "  maxPartners: 5\n  agreementTermYears: [5]");

        var error = _files.SingleError();

        Assert.Equal(("expansion.agreementTermYears", _files.LineOf(Main, "agreementTermYears")), (error.FieldPath, error.Line));
        Assert.Equal("expected a whole number, got a sequence", error.Problem);
        Assert.Equal("a whole number of years from 1 to 1,000", error.Allowed);
    }

    [Fact]
    public void Quoted_number_is_text_not_a_number()
    {
        _files.Replace(Main, "agreements: {extensionProbability: 0.8, extensionYears: 10}", "agreements: {extensionProbability: 0.8, extensionYears: \"10\"}");

        var error = _files.SingleError();

        Assert.Equal("agreements.extensionYears", error.FieldPath);
        Assert.Contains("quoted text \"10\"", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Probability_above_one_is_out_of_range()
    {
        _files.Replace(Main, "extensionProbability: 0.8", "extensionProbability: 1.2");

        var error = _files.SingleError();

        Assert.Equal("agreements.extensionProbability", error.FieldPath);
        Assert.Equal(_files.LineOf(Main, "extensionProbability: 1.2"), error.Line);
        Assert.Equal(_files.ColumnOf(Main, "1.2, extensionYears"), error.Column);
        Assert.Equal("1.2 is out of range", error.Problem);
        Assert.Equal("[0, 1]", error.Allowed);
    }

    [Fact]
    public void Share_distribution_whose_support_leaves_zero_to_one_is_rejected()
    {
        _files.Replace(Main, "    japanContributionShare: 0.5\n    subsidyRatioCap: 0.5", "    japanContributionShare: 0.5\n    subsidyRatioCap: {dist: uniform, min: 0.3, max: 1.5}");

        var error = _files.SingleError();

        Assert.Equal("channels.moej.subsidyRatioCap", error.FieldPath);
        Assert.Equal(_files.LineOf(Main, "subsidyRatioCap: {dist"), error.Line);
        Assert.Contains("uniform(0.3, 1.5) takes values in [0.3, 1.5]", error.Problem, StringComparison.Ordinal);
        Assert.Equal("[0, 1]", error.Allowed);
    }

    [Fact]
    public void Untruncated_normal_for_a_share_asks_for_truncation()
    {
        _files.Replace(Main, "  hostRetentionShare: {dist: beta, alpha: 2, beta: 5}", "  hostRetentionShare: {dist: normal, mean: 0.3, sd: 0.1}");

        var error = _files.SingleError();

        Assert.Equal("countryDefaults.hostRetentionShare", error.FieldPath);
        Assert.EndsWith("truncate it with min/max", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Triangular_with_min_above_max_is_rejected()
    {
        _files.Replace(Main, "{dist: triangular, min: 80000, mode: 100000, max: 150000}", "{dist: triangular, min: 180000, mode: 100000, max: 150000}");

        var error = _files.SingleError();

        Assert.Equal("sectors.solar.capexJpyPerTco2PerYear", error.FieldPath);
        Assert.Equal(_files.LineOf(Main, "min: 180000"), error.Line);
        Assert.Contains("min ≤ mode ≤ max", error.Problem, StringComparison.Ordinal);
        Assert.Equal("min ≤ mode ≤ max", error.Allowed);
    }

    [Fact]
    public void Negative_standard_deviation_is_rejected_at_the_parameter()
    {
        _files.Replace(Main, "{dist: normal, mean: 0.9, sd: 0.1, min: 0.5, max: 1.2}", "{dist: normal, mean: 0.9, sd: -0.1, min: 0.5, max: 1.2}");

        var error = _files.SingleError();

        Assert.Equal("sectors.solar.performanceRatio.sd", error.FieldPath);
        Assert.Equal(_files.ColumnOf(Main, "-0.1"), error.Column);
        Assert.Equal("≥ 0", error.Allowed);
    }

    [Fact]
    public void Unknown_distribution_and_bad_lognormal_parameters_are_rejected()
    {
        _files.Replace(Main, "{dist: lognormal, median: 3000, sigma: 0.5}", "{dist: lognormal, median: 0, sigma: 0.5}");
        _files.Replace(Main, "creditPrice: {trendJpyPerTco2: 2000, volatility: 0.2}", "creditPrice: {trendJpyPerTco2: 2000, volatility: {dist: trianglar, min: 0, mode: 0.2, max: 0.4}}");

        var errors = _files.Errors();

        Assert.Equal(2, errors.Count);
        Assert.Equal(("sectors.solar.sizeTco2PerYear.median", "0 is out of range", "> 0"), (errors[0].FieldPath, errors[0].Problem, errors[0].Allowed));
        Assert.Equal("creditPrice.volatility.dist", errors[1].FieldPath);
        Assert.Contains("did you mean 'triangular'?", errors[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_path_must_ascend()
    {
        _files.Replace(Main, "{2026: 1.0e9, 2030: 2_000_000_000}", "{2030: 1.0e9, 2026: 2_000_000_000}");

        var error = _files.SingleError();

        Assert.Equal("channels.moej.annualBudgetJpy.2026", error.FieldPath);
        Assert.Contains("ascending", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void First_year_after_last_year_is_rejected()
    {
        _files.Replace(Main, "horizon: {firstYear: 2026, lastYear: 2030}", "horizon: {firstYear: 2031, lastYear: 2030}");

        var errors = _files.Errors();

        var horizon = Assert.Single(errors, e => e.FieldPath == "horizon.firstYear");
        Assert.Equal(_files.LineOf(Main, "horizon:"), horizon.Line);
        Assert.Equal("firstYear 2031 is after lastYear 2030", horizon.Problem);
        Assert.Equal("firstYear ≤ lastYear", horizon.Allowed);
    }

    [Fact]
    public void Target_outside_the_horizon_is_rejected()
    {
        _files.Replace(Main, "    - {fiscalYear: 2030, thresholdMt: 1}", "    - {fiscalYear: 2040, thresholdMt: 1}");

        var error = _files.SingleError();

        Assert.Equal("accounting.targets[0].fiscalYear", error.FieldPath);
        Assert.Equal(_files.LineOf(Main, "fiscalYear: 2040"), error.Line);
        Assert.Equal("2026–2030", error.Allowed);
    }

    [Fact]
    public void Public_channel_with_a_private_key_is_told_so()
    {
        _files.Replace(Main, "    participantHurdleRate: 0.05", "    participantHurdleRate: 0.05\n    hurdleRate: 0.1");

        var error = _files.SingleError();

        Assert.Equal("channels.moej.hurdleRate", error.FieldPath);
        Assert.Contains("applies to private channels only", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_sector_in_a_channel_filter_and_unknown_country_are_cross_checked()
    {
        _files.Replace(Main, "    sectors: [solar]", "    sectors: [solra]");
        _files.Replace(Main, "    countries: [THA, IND]", "    countries: [THA, XYZ]");

        var errors = _files.Errors();

        Assert.Equal(2, errors.Count);
        Assert.Equal(("channels.house.sectors[0]", "unknown sector 'solra'; did you mean 'solar'?"), (errors[0].FieldPath, errors[0].Problem));
        Assert.Equal(("channels.house.countries[1]", "unknown country 'XYZ'"), (errors[1].FieldPath, errors[1].Problem));
    }

    [Fact]
    public void Unknown_sector_in_the_pipeline_csv_points_at_the_cell()
    {
        _files.Replace("data/pipeline.csv", "VNM,solar,1.5", "VNM,wind,1.5");

        var error = _files.SingleError();

        Assert.Equal(_files.PathOf("data/pipeline.csv"), error.File);
        Assert.Equal((_files.LineOf("data/pipeline.csv", "VNM,wind"), 5), (error.Line, error.Column));
        Assert.Equal("pipeline.opportunities[2].sector", error.FieldPath);
        Assert.StartsWith("unknown sector 'wind'", error.Problem, StringComparison.Ordinal);
        Assert.Equal("sector ids: solar, efficiency", error.Allowed);
    }

    [Fact]
    public void Unknown_country_in_the_portfolio_csv_points_at_the_cell()
    {
        _files.Replace("data/portfolio.csv", "THA,solar,moej", "THX,solar,moej");

        var error = _files.SingleError();

        Assert.Equal(_files.PathOf("data/portfolio.csv"), error.File);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("existingPortfolio[0].country", error.FieldPath);
        Assert.Equal("unknown partner 'THX'; did you mean 'THA'?", error.Problem);
    }

    [Fact]
    public void Unknown_channel_and_cohort_before_signing_are_rejected()
    {
        _files.Replace("data/portfolio.csv", "THA,solar,moej,3,2020", "THA,solar,meoj,3,2012");

        var errors = _files.Errors();

        Assert.Equal(2, errors.Count);
        Assert.Equal(("existingPortfolio[0].channel", "unknown channel 'meoj'; did you mean 'moej'?"), (errors[0].FieldPath, errors[0].Problem));
        Assert.Equal(("existingPortfolio[0].startYear", 2, 18), (errors[1].FieldPath, errors[1].Line, errors[1].Column));
        Assert.Contains("before THA signed (2015)", errors[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_csv_file_is_reported_where_it_is_named()
    {
        _files.Replace(Main, "partners: {file: data/partners.csv}", "partners: {file: data/partner.csv}");

        var error = _files.SingleError();

        Assert.Equal(_files.PathOf(Main), error.File);
        Assert.Equal(_files.LineOf(Main, "data/partner.csv"), error.Line);
        Assert.Equal(_files.ColumnOf(Main, "data/partner.csv"), error.Column);
        Assert.Equal("partners.file", error.FieldPath);
        Assert.Equal($"file not found: {_files.PathOf("data/partner.csv")}", error.Problem);
    }

    [Fact]
    public void Csv_with_a_missing_and_an_unknown_column_reports_both_at_the_header()
    {
        _files.Write("data/partners.csv", """
            code,nameEn,region,signingyear
            THA,Thailand,Southeast Asia,2015
            VNM,Viet Nam,Southeast Asia,2013
            """);

        var errors = _files.Errors();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal((_files.PathOf("data/partners.csv"), 1, "partners"), (e.File, e.Line, e.FieldPath)));
        Assert.Equal((1, "missing column 'signingYear'"), (errors[0].Column, errors[0].Problem));
        Assert.Equal((20, "unknown column 'signingyear'; did you mean 'signingYear'?"), (errors[1].Column, errors[1].Problem));
    }

    [Fact]
    public void Missing_code_column_does_not_bury_the_header_error_under_unknown_references()
    {
        _files.Write("data/partners.csv", """
            country,nameEn,region,signingYear
            THA,Thailand,Southeast Asia,2015
            """);

        var errors = _files.Errors();

        Assert.Equal(["missing column 'code'", "unknown column 'country'"], errors.Select(e => e.Problem).Order());
    }

    [Fact]
    public void Csv_bad_number_points_at_the_cell()
    {
        _files.Replace("data/pipeline.csv", "THA,efficiency,1", "THA,efficiency,one");

        var error = _files.SingleError();

        Assert.Equal((_files.PathOf("data/pipeline.csv"), _files.LineOf("data/pipeline.csv", ",one"), 16), (error.File, error.Line, error.Column));
        Assert.Equal("pipeline.opportunities[1].opportunitiesPerYear", error.FieldPath);
        Assert.Equal("expected a number, got 'one'", error.Problem);
    }

    [Fact]
    public void Csv_row_with_too_few_fields_and_unterminated_quote_are_reported()
    {
        _files.Write("data/candidates.csv", """
            code,nameEn,nameJa,region,weight,reason
            IND,India,インド,South Asia
            MYS,Malaysia,,Southeast Asia,1,"open quote

            """);

        var errors = _files.Errors();

        Assert.Equal(2, errors.Count);
        Assert.Equal(("expansion.candidates[0]", 2), (errors[0].FieldPath, errors[0].Line));
        Assert.Contains("4 fields but the header has 6", errors[0].Problem, StringComparison.Ordinal);
        Assert.Equal((3, 32), (errors[1].Line, errors[1].Column));
        Assert.StartsWith("unterminated quoted field", errors[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_partner_code_is_rejected_at_the_second_row()
    {
        _files.Replace("data/partners.csv", "VNM,Viet Nam", "THA,Viet Nam");
        _files.Replace("data/pipeline.csv", "VNM,solar,1.5\n", "");

        var error = _files.SingleError();

        Assert.Equal((_files.PathOf("data/partners.csv"), 3, 1), (error.File, error.Line, error.Column));
        Assert.Equal("partners[1].code", error.FieldPath);
        Assert.Equal($"duplicate partner 'THA' (first defined at {_files.PathOf("data/partners.csv")}:2:1)", error.Problem);
    }

    [Fact]
    public void Candidate_that_is_already_a_partner_is_rejected()
    {
        _files.Replace("data/candidates.csv", "IND,India", "THA,India");
        _files.Replace(Main, "    countries: [THA, IND]", "    countries: [THA]");

        var error = _files.SingleError();

        Assert.Equal("expansion.candidates[0].code", error.FieldPath);
        Assert.Contains("already a partner", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_yaml_key_is_rejected()
    {
        _files.Replace(Main, "  maxPartners: 5", "  maxPartners: 5\n  maxPartners: 6");

        var error = _files.SingleError();

        Assert.Equal(_files.LineOf(Main, "maxPartners: 6"), error.Line);
        Assert.Equal("duplicate key 'maxPartners'", error.Problem);
    }

    [Fact]
    public void Empty_file_and_missing_file_are_reported()
    {
        _files.Write("empty.yaml", "# nothing here\n");

        var empty = _files.SingleError("empty.yaml");
        var missing = _files.SingleError("absent.yaml");

        Assert.Equal((_files.PathOf("empty.yaml"), 1, 1, ""), (empty.File, empty.Line, empty.Column, empty.FieldPath));
        Assert.StartsWith("the file is empty", empty.Problem, StringComparison.Ordinal);
        Assert.Equal((_files.PathOf("absent.yaml"), "file not found"), (missing.File, missing.Problem));
    }

    [Fact]
    public void Three_different_mistakes_give_three_errors_with_their_lines()
    {
        _files.Replace(Main, "  startYear: 2020", "  startYear: twenty");
        _files.Replace(Main, "    degradationPerYear: 0\n    failureHazardPerYear: {dist", "    degradationPerYear: 1.5\n    failureHazardPerYear: {dist");
        _files.Replace(Main, "  newPartnersPerYear: 0.5", "  newPartnersPerYear: 0.5\n  colour: blue");

        var errors = _files.Errors();

        Assert.Equal(
            [
                (_files.LineOf(Main, "startYear: twenty"), "accounting.startYear"),
                (_files.LineOf(Main, "degradationPerYear: 1.5"), "sectors.solar.degradationPerYear"),
                (_files.LineOf(Main, "colour: blue"), "expansion.colour"),
            ],
            errors.Select(e => (e.Line, e.FieldPath)));
        Assert.All(errors, e => Assert.Equal(_files.PathOf(Main), e.File));
    }

    [Fact]
    public void Extends_cycle_is_detected_and_named()
    {
        _files.Write("a.yaml", "extends: b.yaml\n");
        _files.Write("b.yaml", "title: B\nextends: a.yaml\n");

        var errors = _files.Errors("a.yaml");

        var cycle = Assert.Single(errors, e => e.FieldPath == "extends");
        Assert.Equal((_files.PathOf("b.yaml"), 2, 10), (cycle.File, cycle.Line, cycle.Column));
        Assert.Equal($"extends cycle: {_files.PathOf("a.yaml")} → {_files.PathOf("b.yaml")} → {_files.PathOf("a.yaml")}", cycle.Problem);
    }

    [Fact]
    public void Missing_base_file_is_reported_at_extends()
    {
        _files.Write("variant.yaml", "title: V\nextends: nowhere/base.yaml\n");

        var missing = _files.SingleError("variant.yaml");

        Assert.Equal((_files.PathOf("variant.yaml"), 2, 10, "extends"), (missing.File, missing.Line, missing.Column, missing.FieldPath));
        Assert.Equal($"base file not found: {_files.PathOf("nowhere/base.yaml")}", missing.Problem);
    }

    [Fact]
    public void Errors_in_a_base_file_name_the_base_file()
    {
        _files.Replace(Main, "  maxPartners: 5", "  maxPartners: -5");
        _files.Write("variant.yaml", "extends: minimal.yaml\ntitle: V\n");

        var error = _files.SingleError("variant.yaml");

        Assert.Equal((_files.PathOf(Main), _files.LineOf(Main, "maxPartners: -5")), (error.File, error.Line));
        Assert.Equal("expansion.maxPartners", error.FieldPath);
    }

    [Fact]
    public void Relative_scenario_paths_stay_relative_in_messages()
    {
        _files.Replace("data/pipeline.csv", "VNM,solar,1.5", "VNM,solar,-1");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _files.PathOf(Main));

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(relative)).Errors);

        Assert.Equal(Path.GetRelativePath(Environment.CurrentDirectory, _files.PathOf("data/pipeline.csv")), error.File);
    }
}
