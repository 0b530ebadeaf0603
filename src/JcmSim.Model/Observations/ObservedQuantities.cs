namespace JcmSim.Model.Observations;

/// <summary>
/// The quantities of the JCM record (<c>scenarios/data/jcm-record.csv</c>) and the model output that
/// reads each. The Ministry's counts follow its channels by kind, not by id: the equipment-subsidy
/// programme is every public channel with <c>programme: ministry</c>; the Ministry's wider tally adds
/// the international-organisation funds it pays for (ADB's JFJCM, UNIDO).
/// </summary>
public static class ObservedQuantities
{
    /// <summary>Countries with a signed bilateral document.</summary>
    public static readonly ObservedQuantity PartnersSigned = new("partnersSigned", "countries",
        "partners with an agreement in force in the fiscal year (series partners.active)");

    /// <summary>Projects selected by the Ministry's equipment-subsidy programme, cumulative.</summary>
    public static readonly ObservedQuantity MinistryProjectsSelected = new("moejProjectsSelected", "projects",
        "projects funded by the ministry-programme channels since the first simulated year, to the date (series projects.funded.channel.*)");

    /// <summary>Projects selected by the Ministry's programme within one fiscal year.</summary>
    public static readonly ObservedQuantity MinistryProjectsSelectedInYear = new("moejProjectsSelectedInYear", "projects",
        "projects funded by the ministry-programme channels in the fiscal year, to the date");

    /// <summary>The Ministry's wider tally of projects it finances.</summary>
    public static readonly ObservedQuantity MinistryFinancedProjects = new("moejFinancedProjects", "projects",
        "projects funded by every public channel (the ministry programme and the international-organisation funds the Ministry pays for), cumulative to the date");

    /// <summary>Ex-ante expected reductions to FY2030 of the projects the Ministry's programme selected so far.</summary>
    public static readonly ObservedQuantity MinistryExpectedReductionsTo2030 = new("moejExpectedReductionsTo2030Mt", "MtCO2",
        "expected reductions to FY2030 of the projects the ministry-programme channels funded to the date: nominal size (performance 1, no degradation or failure) over the crediting years from their start to FY2030 (series reductions.expectedTo2030.channel.*)");

    /// <summary>JCM credits issued by both registries, cumulative.</summary>
    public static readonly ObservedQuantity CreditsIssuedCumulative = new("creditsIssuedCumulativeT", "tCO2",
        "credits issued since the first simulated year, to the date (series credits.issued), in tCO2");

    /// <summary>Projects registered by the Joint Committees.</summary>
    public static readonly ObservedQuantity ProjectsRegistered = new("projectsRegistered", "projects",
        "projects of every channel registered to the date: each in its registration year, its start plus credits.registrationLagYears, while it operates and its agreement is live (series projects.registered.cumulative)");

    /// <summary>Registered projects that have had credits issued.</summary>
    public static readonly ObservedQuantity ProjectsIssuing = new("projectsIssuing", "projects",
        "projects of every channel with at least one issuance to the date: each in the year of its first issuance decision, after registration, a first monitoring period and the issuance lag, if it requests issuance at all (series projects.issuing.cumulative)");

    /// <summary>Countries hosting Ministry-financed projects.</summary>
    public static readonly ObservedQuantity MinistryProjectHostCountries = new("moejProjectHostCountries", "countries",
        "countries hosting at least one project of a public channel (the basis of the Ministry's wider tally: its programme and the international-organisation funds it pays for), funded since the first simulated year or in an existing cohort, to the date (series countries.hostingPublic.cumulative)");

    /// <summary>Every quantity, in the order of the record's header.</summary>
    public static IReadOnlyList<ObservedQuantity> All { get; } =
    [
        PartnersSigned, ProjectsRegistered, ProjectsIssuing, CreditsIssuedCumulative, MinistryProjectsSelected,
        MinistryFinancedProjects, MinistryExpectedReductionsTo2030, MinistryProjectsSelectedInYear, MinistryProjectHostCountries,
    ];

    /// <summary>The quantity named <paramref name="name"/>, or null.</summary>
    public static ObservedQuantity? Find(string name) => All.FirstOrDefault(q => q.Name == name);

    /// <summary>The last fiscal year the Ministry's tally of expected reductions counts (moej-press-2021-09-27: "cumulative to 2030").</summary>
    public const int ExpectedReductionsToYear = 2030;
}
