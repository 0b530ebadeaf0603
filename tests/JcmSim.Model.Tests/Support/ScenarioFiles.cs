using JcmSim.ScenarioFormat;

namespace JcmSim.Model.Tests.Support;

/// <summary>
/// A temporary folder with a minimal valid scenario (<see cref="Main"/> plus four CSV files under
/// data/), which tests copy and break in one place to check the loader's messages.
/// </summary>
internal sealed class ScenarioFiles : IDisposable
{
    public const string Main = "minimal.yaml";

    public const string MinimalYaml = """
        title: {en: Minimal, ja: 最小}
        horizon: {firstYear: 2026, lastYear: 2030}
        accounting:
          startYear: 2020
          targets:
            - {fiscalYear: 2030, thresholdMt: 1}
        sectors:
          solar:
            sizeTco2PerYear: {dist: lognormal, median: 3000, sigma: 0.5}
            capexJpyPerTco2PerYear: {dist: triangular, min: 80000, mode: 100000, max: 150000}
            leadTimeYears: 1
            creditingYears: 10
            performanceRatio: {dist: normal, mean: 0.9, sd: 0.1, min: 0.5, max: 1.2}
            degradationPerYear: 0
            failureHazardPerYear: {dist: uniform, min: 0, max: 0.01}
            returnWithoutCredits: 0.05
          efficiency:
            name: Energy efficiency
            sizeTco2PerYear: 1000
            capexJpyPerTco2PerYear: 100000
            leadTimeYears: 1
            creditingYears: 10
            performanceRatio: 1
            degradationPerYear: 0
            failureHazardPerYear: 0
            returnWithoutCredits: 0.08
        partners: {file: data/partners.csv}
        countryDefaults:
          article6ReadinessLagYears: 1
          hostRetentionShare: {dist: beta, alpha: 2, beta: 5}
          countryRiskPremium: 0.02
        expansion:
          startYear: 2026
          newPartnersPerYear: 0.5
          maxPartners: 5
          newPartnerOpportunitiesPerYear: {solar: 1}
          candidates: {file: data/candidates.csv}
        agreements: {extensionProbability: 0.8, extensionYears: 10}
        pipeline:
          baseYear: 2025
          multiplier: 1
          growthRatePerYear: 0.02
          cityToCityShare: 0.1
          file: data/pipeline.csv
        channels:
          moej:
            kind: public
            annualBudgetJpy: {2026: 1.0e9, 2030: 2_000_000_000}
            japanContributionShare: 0.5
            subsidyRatioCap: 0.5
            perProjectCapJpy: 2.0e9
            participantHurdleRate: 0.05
          house:
            kind: private
            archetype: tradingHouse
            annualBudgetJpy: 1.0e9
            japanContributionShare: 0.5
            hurdleRate: 0.08
            creditPriceExpectationFactor: 1
            authorisationRisk: 0.1
            sectors: [solar]
            countries: [THA, IND]
        credits: {conservativenessFactor: 0.9, issuanceLagYears: 1, allocation: contributionProportional}
        creditPrice: {trendJpyPerTco2: 2000, volatility: 0.2}
        existingPortfolio: {file: data/portfolio.csv}

        """;

    public const string PartnersCsv = """
        code,nameEn,nameJa,region,signingYear,agreementEndYear,source
        THA,Thailand,タイ,Southeast Asia,2015,2030,test
        VNM,Viet Nam,,Southeast Asia,2013,,test

        """;

    public const string PipelineCsv = """
        # comment lines are skipped
        country,sector,opportunitiesPerYear
        THA,solar,2
        THA,efficiency,1
        VNM,solar,1.5

        """;

    public const string CandidatesCsv = """
        code,nameEn,nameJa,region,weight,reason
        IND,India,インド,South Asia,2,"large, ""growing"" economy"

        """;

    public const string PortfolioCsv = """
        country,sector,channel,projects,startYear,sizeTco2PerYear,creditingYears
        THA,solar,moej,3,2020,30000,17

        """;

    public ScenarioFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "jcmsim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Write(Main, MinimalYaml);
        Write("data/partners.csv", PartnersCsv);
        Write("data/pipeline.csv", PipelineCsv);
        Write("data/candidates.csv", CandidatesCsv);
        Write("data/portfolio.csv", PortfolioCsv);
    }

    public string Folder { get; }

    public string PathOf(string relativePath) => Path.Combine(Folder, relativePath);

    public string Write(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Replaces the only occurrence of <paramref name="oldText"/> in a file.</summary>
    public string Replace(string relativePath, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relativePath));
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{oldText}' must occur exactly once in {relativePath}.", nameof(oldText));
        }

        return Write(relativePath, text[..at] + newText + text[(at + oldText.Length)..]);
    }

    /// <summary>The 1-based line of the first line of a file containing <paramref name="text"/>.</summary>
    public int LineOf(string relativePath, string text)
    {
        var lines = File.ReadAllLines(PathOf(relativePath));
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return index >= 0 ? index + 1 : throw new ArgumentException($"'{text}' is not in {relativePath}.", nameof(text));
    }

    /// <summary>The 1-based column of <paramref name="text"/> on its first line.</summary>
    public int ColumnOf(string relativePath, string text)
    {
        var line = File.ReadAllLines(PathOf(relativePath))[LineOf(relativePath, text) - 1];
        return line.IndexOf(text, StringComparison.Ordinal) + 1;
    }

    /// <summary>The errors of loading <paramref name="relativePath"/>, which must fail.</summary>
    public IReadOnlyList<ScenarioError> Errors(string relativePath = Main) =>
        Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(PathOf(relativePath))).Errors;

    /// <summary>The single error of loading <paramref name="relativePath"/>.</summary>
    public ScenarioError SingleError(string relativePath = Main)
    {
        var errors = Errors(relativePath);
        Assert.True(errors.Count == 1, "expected one error, got:\n" + string.Join("\n", errors));
        return errors[0];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over it.
        }
    }
}
