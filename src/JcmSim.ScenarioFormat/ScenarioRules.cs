using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// The rules that relate several values of a scenario, each returning its problem (or null), shared
/// by the YAML reader (which adds where the value is) and <see cref="ScenarioValidator"/>, so a
/// scenario built in code gets the same message as the same mistake in a file.
/// </summary>
internal static class ScenarioRules
{
    /// <summary>The horizon runs backwards.</summary>
    public static ScenarioProblem? HorizonOrder(int first, int last) =>
        first > last ? new(HorizonFields.FirstYear.Path, $"firstYear {first} is after lastYear {last}", "firstYear ≤ lastYear") : null;

    /// <summary>The horizon is longer than <see cref="ScenarioLimits.MaxHorizonYears"/>.</summary>
    public static ScenarioProblem? HorizonSpan(int first, int last) =>
        last - first + 1 > ScenarioLimits.MaxHorizonYears
            ? new(HorizonFields.LastYear.Path, $"the horizon spans {last - first + 1} years (FY{first}–FY{last})", $"at most {ScenarioLimits.MaxHorizonYears} simulated years: lastYear ≤ {first + ScenarioLimits.MaxHorizonYears - 1}")
            : null;

    /// <summary>Something (<paramref name="subject"/>, e.g. "accounting") starts after the last simulated year.</summary>
    public static ScenarioProblem? StartsAfterHorizon(string path, string subject, int year, int lastYear, string consequence = "", string alternative = "") =>
        year > lastYear ? new(path, $"{subject} starts in {year}, after the last simulated year {lastYear}{consequence}", $"≤ {lastYear}{alternative}") : null;

    /// <summary>A target year outside the horizon, or before the accounting start.</summary>
    public static ScenarioProblem? TargetYear(string path, int year, SimulationHorizon? horizon, int? start)
    {
        if (horizon is not null && (year < horizon.FirstYear || year > horizon.LastYear))
        {
            return new(path, $"target year {year} is outside the simulated horizon", $"{horizon.FirstYear}–{horizon.LastYear}");
        }

        return start is { } from && year < from ? new(path, $"target year {year} is before the accounting start {from}", $"≥ {from}") : null;
    }

    /// <summary>A second target for the same year.</summary>
    public static ScenarioProblem DuplicateTarget(string path, int year, string first) => new(path, $"duplicate target year {year} (first at {first})");

    /// <summary>An agreement that ends before it was signed.</summary>
    public static ScenarioProblem? AgreementEnd(string path, int signing, int? end) =>
        end is { } e && e < signing ? new(path, $"the agreement ends in {e}, before it was signed ({signing})", $"≥ {signing}, or empty when open-ended") : null;

    /// <summary>A cohort that starts before its country signed.</summary>
    public static ScenarioProblem? CohortBeforeSigning(string path, int start, string country, int signed) =>
        start < signed ? new(path, $"the cohort starts in {start}, before {country} signed ({signed})", $"≥ {signed}") : null;

    /// <summary>What is wrong with a partner's or candidate's code, if anything (its format, whether it is assigned, Japan).</summary>
    public static ScenarioProblem? CountryCode(string path, string code)
    {
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            return new(path, $"'{ValueReader.Shorten(code)}' is not an ISO 3166-1 alpha-3 code", "three capital letters, e.g. THA");
        }

        if (!CountryCodes.All.Contains(code))
        {
            return new(path, $"'{code}' is not an assigned ISO 3166-1 alpha-3 country code", "an assigned code such as THA, VNM, IDN");
        }

        return code == CountryCodes.Japan ? new(path, "Japan is the investing side of every JCM partnership, not a partner or candidate") : null;
    }

    /// <summary>A candidate that is already a partner.</summary>
    public static ScenarioProblem CandidateIsPartner(string path, string code) =>
        new(path, $"'{code}' is already a partner; a candidate is a country that has not signed yet");

    /// <summary>A reference to a candidate where a signed partner is needed (<paramref name="what"/>, e.g. "a pipeline row").</summary>
    public static ScenarioProblem CandidateNotPartner(string path, string code, string what) =>
        new(path, $"'{code}' is a candidate, not a partner; {what} needs a signed partner");

    /// <summary>An id of <paramref name="kind"/> (e.g. "sector") that is not defined.</summary>
    public static ScenarioProblem UnknownId(string path, string kind, string id, IEnumerable<string> ids) =>
        new(path, $"unknown {kind} '{id}'{Suggestion.Hint(id, ids)}", $"{kind} ids: " + Suggestion.List(ids));

    /// <summary>An id of <paramref name="kind"/> defined twice; <paramref name="first"/> says where it was first.</summary>
    public static ScenarioProblem DuplicateId(string path, string kind, string id, string first) =>
        new(path, $"duplicate {kind} '{id}' (first defined at {first})");

    /// <summary>A channel's country that is neither a partner nor a candidate.</summary>
    public static ScenarioProblem UnknownCountry(string path, string code, IReadOnlyList<string> known) =>
        new(path, $"unknown country '{code}'{Suggestion.Hint(code, known)}", "partner or candidate codes: " + Suggestion.List(known));

    /// <summary>No sector at all.</summary>
    public static ScenarioProblem NoSector { get; } = new("sectors", "at least one sector is needed");

    /// <summary>No partner at all.</summary>
    public static ScenarioProblem NoPartner { get; } = new("partners", "at least one partner country is needed");

    /// <summary>More entries of a section (<paramref name="what"/>, e.g. "sectors") than <paramref name="max"/>.</summary>
    public static ScenarioProblem? TooMany(string path, string what, int count, int max, string allowed = "") =>
        count > max ? new(path, $"{count:N0} {what}", allowed.Length > 0 ? allowed : $"at most {max}") : null;
}
