using JcmSim.Model.Scenarios;
namespace JcmSim.ScenarioFormat;

/// <summary>
/// Loads a scenario from YAML (plus the CSV files it names), resolving <c>extends:</c>, and
/// validates everything at once: the result is either a complete <see cref="Scenario"/> or a
/// <see cref="ScenarioValidationException"/> listing every problem as
/// <c>file:line:col  field.path: problem (allowed: …)</c>.
/// </summary>
/// <remarks>
/// <para><b>Format.</b> Keys are camelCase and mirror the record properties. Unknown keys are
/// errors (with a "did you mean" hint). A top-level <c>description</c> is accepted and ignored.
/// The type, unit, allowed values and default of every field are in the field catalogue
/// (<see cref="Fields.ScenarioFields"/>), whose tables <c>scenarios/README.md</c> shows under "Fields";
/// the sketch below shows the shape only.</para>
/// <code>
/// extends: baseline.yaml        # optional; path relative to this file; chains allowed
/// name: my-variant              # optional; defaults to the file name without extension, never inherited
/// title: {en: Current policy, ja: 現行政策}   # or a plain string (English only); defaults to the name
/// question: Is the 2030 target met under current policy?
/// description: free text, ignored
/// horizon: {firstYear: 2026, lastYear: 2040}                  # firstYear ≤ lastYear
/// accounting:
///   startYear: 2013                                           # ≤ horizon.lastYear
///   targets: [{fiscalYear: 2030, thresholdMt: 100}]           # years inside the horizon
/// sectors:                      # mapping id → sector (a variant can override one field), or a sequence with `id:`
///   solar:
///     name: {en: Solar PV, ja: 太陽光}
///     sizeTco2PerYear: D   capexJpyPerTco2PerYear: D   leadTimeYears: D   creditingYears: D
///     performanceRatio: D   degradationPerYear: D   failureHazardPerYear: D   returnWithoutCredits: D
/// partners: {file: data/partners.csv}   # or an inline sequence of rows with the same keys
///   # columns: code (ISO alpha-3), nameEn, nameJa?, region, signingYear, agreementEndYear? (empty = open-ended), source?
/// countryDefaults: {article6ReadinessLagYears: D, hostRetentionShare: D, countryRiskPremium: D}
/// countryOverrides: {MMR: {countryRiskPremium: D}}          # optional, per partner, any of the three
/// expansion:
///   startYear: 2026
///   newPartnersPerYear: D
///   maxPartners: 40
///   agreementTermYears: 10                                    # optional; absent = open-ended
///   newPartnerOpportunitiesPerYear: {solar: 1.0}              # sector id → opportunities per year
///   article6ReadinessLagYears / hostRetentionShare / countryRiskPremium   # optional; default: countryDefaults
///   candidates: {file: data/candidates.csv}   # columns: code, nameEn, nameJa?, region, weight, reason?
/// agreements: {extensionProbability: D, extensionYears: 10, issuanceContinuesAfterLapse: true}
/// pipeline:
///   baseYear: 2025
///   multiplier: D
///   growthRatePerYear: D
///   cityToCityShare: 0.1
///   cityToCityGrowthRatePerYear: D                         # optional, default 0
///   file: data/pipeline.csv     # columns: country (a partner), sector, opportunitiesPerYear; or opportunities: [rows]
/// channels:                     # mapping id → channel in picking order, or a sequence with `id:`
///   moej:
///     kind: public              # public | private
///     name: {en: …, ja: …}
///     annualBudgetJpy: Y      # YearPath
///     budgetMultiplier: D     # optional, default 1
///     japanContributionShare: D
///     sectors: [solar]          # optional filters; empty = all
///     countries: [THA]          # partner or candidate codes
///     firstYear: 2013           # optional
///     # public only:
///     programme: ministry       # ministry | internationalOrganisation
///     subsidyRatioCap: D
///     perProjectCapJpy: 2.0e9
///     maxSubsidyJpyPerTco2: 4000   # optional
///     minimumJapanCreditShare: 0.5 # optional, default 0
///     participantHurdleRate: D
///     # private only: archetype: tradingHouse, hurdleRate: D, creditPriceExpectationFactor: D, authorisationRisk: D (default 0)
/// credits:
///   conservativenessFactor: D
///   issuanceLagYears: 2
///   allocation: contributionProportional   # contributionProportional | fixedSplit | hostFirst
///   fixedJapanShare: D     # optional, default 0.5
///   omgeCancellationShare: 0    # optional
/// creditPrice: {trendJpyPerTco2: Y, volatility: D, persistence: 0.8}
/// existingPortfolio: {file: data/portfolio.csv}
///   # columns: country (a partner), sector, channel, projects, startYear, sizeTco2PerYear (whole cohort), creditingYears
/// uncertainties:                # optional: inputs studies vary, by dotted path of the parameter walk (ScenarioParameters)
///   expansion.newPartnersPerYear: own                         # own = the input's distribution above
///   privateCapital.multiplier: {dist: uniform, min: 0.5, max: 8}   # a study range, in the field's range; levers need one
/// correlations:                 # optional: Spearman rank correlations of inputs named in uncertainties (matrix positive definite)
///   - {between: [expansion.newPartnersPerYear, privateCapital.multiplier], spearman: 0.5}
/// </code>
/// <para><b>Distributions</b> (D above): a plain number is fixed; otherwise
/// <c>{dist: fixed, value}</c>, <c>{dist: uniform, min, max}</c>, <c>{dist: triangular, min, mode, max}</c>,
/// <c>{dist: normal, mean, sd, min?, max?}</c> (truncated when min/max are given),
/// <c>{dist: lognormal, median, sigma}</c> or <c>{dist: lognormal, mean, sd}</c>,
/// <c>{dist: beta, alpha, beta, min?, max?}</c>. Parameters are checked (min ≤ mode ≤ max, sd ≥ 0,
/// sigma ≥ 0, alpha, beta &gt; 0, median and mean &gt; 0, finite numbers) and the whole support
/// must lie in the field's range.</para>
/// <para><b>Year paths</b> (Y above): a number (every year) or <c>{2026: 1.2e10, 2030: 1.5e10}</c>,
/// years ascending, linear in between and flat outside.</para>
/// <para><b>Numbers</b> are plain YAML numbers; <c>_</c> digit separators are allowed
/// (<c>12_000_000_000</c>). Quoted numbers are text, not numbers.</para>
/// <para><b>Merging.</b> With <c>extends:</c> the base is loaded first and the variant merged onto it
/// key by key: nested mappings merge, sequences and scalars replace, and <c>key: ~</c> removes an
/// inherited mapping (e.g. a channel). A distribution restated with <c>dist:</c>, a text with
/// <c>en:</c> and a year path replace the inherited value whole; a distribution mapping without
/// <c>dist:</c> changes only the parameters it names. CSV paths are relative to the YAML file that
/// names them.</para>
/// <para><b>Limits.</b> Besides each field's domain, <see cref="ScenarioLimits"/> caps magnitudes that
/// would overflow the model's arithmetic or memory (a draw of any distribution included), file size
/// (8 MiB), YAML nesting and alias expansion, the horizon (100 years), the number of sectors, channels
/// and cohorts, and the expected opportunity flow; partner and candidate codes must be assigned
/// ISO 3166-1 alpha-3 codes other than JPN.</para>
/// <para><b>CSV.</b> RFC 4180 (commas, double quotes, <c>""</c> escapes, UTF-8); a header row
/// names the columns in any order; blank lines and lines starting with <c>#</c> are ignored.</para>
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>Loads and validates the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioValidationException">The file or anything it refers to is missing or wrong.</exception>
    public static Scenario Load(string path) => LoadWithSources(path).Scenario;

    /// <summary>
    /// Loads and validates the scenario file at <paramref name="path"/> and tells which files it
    /// was built from (the file, its <c>extends:</c> bases and every CSV table), for provenance.
    /// </summary>
    /// <exception cref="ScenarioValidationException">The file or anything it refers to is missing or wrong.</exception>
    public static ScenarioSources LoadWithSources(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Trim().Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new ScenarioValidationException([new ScenarioError(path, 1, 1, "", "not a usable file path", "the path of a scenario YAML file")]);
        }

        var context = new LoadContext(path);
        var problem = context.ReadFile(context.Root.FullPath, out var text);
        if (problem is not null || text is null)
        {
            context.Error(new SourcePosition(context.Root, 1, 1), "", problem ?? "file not found");
            throw new ScenarioValidationException(context.SortedErrors());
        }

        return new ScenarioSources(Load(text, context), [.. context.FilesRead]);
    }

    /// <summary>
    /// Loads a scenario from <paramref name="yaml"/> as if it were the file
    /// <paramref name="virtualPath"/>: errors name that path, and <c>extends:</c> and <c>file:</c>
    /// references resolve relative to its folder.
    /// </summary>
    /// <exception cref="ScenarioValidationException">Anything is missing or wrong.</exception>
    public static Scenario LoadText(string yaml, string virtualPath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var context = new LoadContext(virtualPath);
        if (System.Text.Encoding.UTF8.GetByteCount(yaml) > ScenarioLimits.MaxFileBytes)
        {
            context.Error(new SourcePosition(context.Root, 1, 1), "", $"file too large (more than {ScenarioLimits.MaxFileBytes / (1024 * 1024)} MiB; scenario and data files are limited to {ScenarioLimits.MaxFileBytes / (1024 * 1024)} MiB)");
            throw new ScenarioValidationException(context.SortedErrors());
        }

        return Load(yaml, context);
    }

    private static Scenario Load(string text, LoadContext context)
    {
        var root = YamlSourceReader.Read(text, context.Root, context);
        var merged = root is null ? null : ExtendsResolver.Resolve(root, context);
        var scenario = merged is null ? null : new ScenarioReader(context).Read(merged);
        if (scenario is null || context.ErrorCount > 0)
        {
            throw new ScenarioValidationException(context.SortedErrors());
        }

        return scenario;
    }
}
