using System.Collections.Concurrent;
using System.Globalization;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;
using JcmSim.ScenarioFormat;

namespace JcmSim.Explorer;

/// <summary>
/// The scenarios of the folder as the explorer uses them: loaded by the command line's loader,
/// compiled once, with their levers; reloaded when a file changes. Turns a request into the
/// reference and the variant to run.
/// </summary>
internal sealed class ScenarioCatalog(ScenarioFolder folder)
{
    private const int MaxCached = 32;
    private readonly ConcurrentDictionary<string, ExplorerScenario> _cache = new(StringComparer.Ordinal);

    /// <summary>The folder.</summary>
    public ScenarioFolder Folder { get; } = folder;

    /// <summary>The scenario <paramref name="name"/> of the folder, loaded.</summary>
    /// <param name="name">The scenario's name.</param>
    /// <param name="unknownStatus">The status of a well-formed name the folder does not have: 404 for a path, 400 for a field of a request.</param>
    /// <exception cref="RequestProblems">Not a name (400, e.g. <c>../x</c>), no such scenario in the folder, or its file does not load (400 with the loader's lines).</exception>
    public ExplorerScenario Get(string name, int unknownStatus = 400)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Folder.TryResolve(name, out var path))
        {
            var names = string.Join(", ", Folder.Names());
            throw ScenarioFolder.IsPlainName(name)
                ? new RequestProblems($"scenario: '{EstimateRequest.Shorten(name)}' is not a scenario of the folder (allowed: {names})", unknownStatus)
                : new RequestProblems($"scenario: '{EstimateRequest.Shorten(name)}' is not a scenario name (allowed: a file name of the folder without .yaml: {names})");
        }

        var stamp = File.GetLastWriteTimeUtc(path);
        if (_cache.TryGetValue(name, out var cached) && cached.Stamp == stamp)
        {
            return cached;
        }

        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.Load(path);
        }
        catch (ScenarioValidationException invalid)
        {
            throw new RequestProblems([.. invalid.Errors.Select(Relative)]);
        }

        var loaded = new ExplorerScenario(name, path, stamp, scenario, new CompiledScenario(scenario), ExplorerLever.Of(scenario));
        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[name] = loaded;
        return loaded;
    }

    /// <summary>Checks <paramref name="request"/>'s inputs against its scenario and builds the variant they describe.</summary>
    /// <exception cref="RequestProblems">An input is unknown or out of range, or the variant does not load.</exception>
    public PreparedEstimate Prepare(EstimateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = Get(request.Scenario);
        var byPath = reference.Levers.ToDictionary(l => l.Lever.Path, StringComparer.Ordinal);
        var problems = new List<string>();
        var values = new List<(StudiedInput Input, double Value)>();
        foreach (var (path, value) in request.Levers)
        {
            if (!byPath.TryGetValue(path, out var lever))
            {
                problems.Add($"levers.{EstimateRequest.Shorten(path)}: not an input the explorer offers for {reference.Name} (allowed: {string.Join(", ", byPath.Keys)})");
            }
            else if (value < lever.Lever.Min || value > lever.Lever.Max)
            {
                problems.Add($"levers.{path}: {Format(value)} is outside the study range (allowed: {Format(lever.Lever.Min)}–{Format(lever.Lever.Max)} {lever.Lever.Unit})");
            }
            else if (!StudyInputFields.Accepts(path, value, out var allowed))
            {
                problems.Add($"levers.{path}: {Format(value)} is not a value of the field (allowed: {allowed})");
            }
            else
            {
                values.Add((lever.Input, value));
            }
        }

        if (problems.Count > 0)
        {
            throw new RequestProblems(problems);
        }

        var yaml = LeverOverride.Yaml(reference.Scenario, reference.Name + ".yaml", values);
        if (values.Count == 0)
        {
            return new PreparedEstimate(reference, reference.Scenario, reference.Compiled, yaml, Changed: false);
        }

        var virtualPath = Path.Combine(Folder.FullPath, reference.Name + "-explored.yaml");
        try
        {
            var variant = LeverOverride.Load(yaml, virtualPath, values);
            return new PreparedEstimate(reference, variant, new CompiledScenario(variant), yaml, Changed: true);
        }
        catch (ScenarioValidationException invalid)
        {
            throw new RequestProblems([.. invalid.Errors.Select(Relative)]);
        }
    }

    private string Relative(ScenarioError error) =>
        $"{Path.GetRelativePath(Folder.FullPath, error.File)}:{error.Line}:{error.Column}  {error.Finding}";

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
