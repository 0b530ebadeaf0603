namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The columns of the <c>existingPortfolio</c> table: cohorts of projects funded before the first simulated year.</summary>
internal static class PortfolioFields
{
    /// <summary><c>existingPortfolio[*].country</c>.</summary>
    public static readonly ScenarioField Country = PipelineFields.Country with { Path = "existingPortfolio[*].country", Description = "The partner." };

    /// <summary><c>existingPortfolio[*].sector</c>.</summary>
    public static readonly ScenarioField Sector = PipelineFields.Sector with { Path = "existingPortfolio[*].sector" };

    /// <summary><c>existingPortfolio[*].channel</c>.</summary>
    public static readonly ScenarioField Channel = ScenarioField.Other("existingPortfolio[*].channel", ScenarioFieldKind.Identifier, "a channel id", "The channel that funded the cohort.");

    /// <summary><c>existingPortfolio[*].projects</c>.</summary>
    public static readonly ScenarioField Projects = ScenarioField.Whole("existingPortfolio[*].projects", WholeNumberRange.Projects, "projects", "Number of projects in the cohort.");

    /// <summary><c>existingPortfolio[*].startYear</c>.</summary>
    public static readonly ScenarioField StartYear = ScenarioField.Year("existingPortfolio[*].startYear", "Fiscal year the cohort starts operating: not before its partner signed, not after horizon.lastYear; one cohort per country, sector, channel and year.");

    /// <summary><c>existingPortfolio[*].sizeTco2PerYear</c>.</summary>
    public static readonly ScenarioField SizeTco2PerYear = ScenarioField.Number("existingPortfolio[*].sizeTco2PerYear", FieldRanges.Tco2PerYear, "tCO2/yr", "Expected reductions of the whole cohort per year.");

    /// <summary><c>existingPortfolio[*].creditingYears</c>.</summary>
    public static readonly ScenarioField CreditingYears = ScenarioField.Whole("existingPortfolio[*].creditingYears", WholeNumberRange.Years, "years", "Crediting period of the cohort's projects.");

    /// <summary>Every column, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [Country, Sector, Channel, Projects, StartYear, SizeTco2PerYear, CreditingYears];
}
