namespace JcmSim.Model.Projects;

/// <summary>
/// What the portfolio needs for one year: each country's issuance window and host retention
/// ([country][trial offset]) and the projects funded this year.
/// </summary>
public sealed record PortfolioYearInput(
    int Year,
    int[][] IssueFromYear,
    int[][] IssueUntilYear,
    double[][] HostRetention,
    FundedProjects Funded);
