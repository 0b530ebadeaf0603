namespace JcmSim.Model.Countries;

/// <summary>
/// What a country's Joint Committee reports for one year, per trial of the block: whether it
/// registers new projects, the years in which it can issue credits, the parameters investors and
/// the allocation need, and the opportunities it generated. The country reuses the arrays (and the
/// outcome) from year to year: an outcome is valid until the country's next step.
/// </summary>
/// <param name="CountryIndex">Position of the country in the compiled scenario.</param>
/// <param name="RegistrationOpen">Agreement in force this year (partner, not lapsed).</param>
/// <param name="IssueFromYear">First year credits can be issued (readiness); int.MaxValue when not a partner.</param>
/// <param name="IssueUntilYear">Last year credits can be issued (lapse, unless issuance continues).</param>
/// <param name="HostRetention">Host retention share drawn for the trial.</param>
/// <param name="RiskPremium">Country-risk premium drawn for the trial.</param>
/// <param name="Opportunities">New opportunities (empty when registration is closed).</param>
public sealed record CountryYearOutcome(
    int CountryIndex,
    bool[] RegistrationOpen,
    int[] IssueFromYear,
    int[] IssueUntilYear,
    double[] HostRetention,
    double[] RiskPremium,
    OpportunityBatch Opportunities);
