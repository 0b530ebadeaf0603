using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using JcmSim.Analysis.Results;
using JcmSim.Runs;
using JcmSim.Runs.Engines;
using JcmSim.ScenarioFormat;

namespace JcmSim.Explorer;

/// <summary>
/// The page's exports: the settings as a scenario file and the command line that reruns them
/// (<see cref="Settings"/>), and the files <c>jcmsim run</c> writes for them — results.xlsx and
/// each chart as PNG and SVG (<see cref="FileAsync"/>). Those come from a run of the application
/// layer (<see cref="RunSession"/>, on the server's engine and through the shared queue) with the
/// page's seed and trial count, drawn by the command line's chart code
/// (<see cref="ResultFolderRenderer.RenderChart"/>), so they are the command line's files for the same settings. The
/// last few runs are kept, so the PNG, the SVG and the workbook of one setting cost one run.
/// </summary>
internal sealed partial class ExplorerExports(ISimulationEngine engine, FairWorkQueue queue, string scenariosArgument) : IDisposable
{
    /// <summary>The workbook's file name, as in a result folder.</summary>
    public const string Workbook = ResultFileNames.ResultsWorkbook;

    private const int KeptRuns = 4;
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"jcmsim-explorer-{Guid.NewGuid():N}");
    private readonly ConcurrentDictionary<string, Lazy<Task<ExportRun>>> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _next;

    /// <summary>The scenario file of <paramref name="prepared"/> and the command line that reruns <paramref name="request"/>.</summary>
    public ExportSettings Settings(PreparedEstimate prepared, EstimateRequest request)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(request);
        var fileName = ExploredFileName(prepared.Reference.Name);
        var referenceArg = Quote(Path.Combine(scenariosArgument, prepared.Reference.Name + ".yaml"));
        var variantArg = Quote(Path.Combine(scenariosArgument, fileName));
        var trials = request.Trials.ToString(CultureInfo.InvariantCulture);
        var seed = request.Seed.ToString(CultureInfo.InvariantCulture);
        var command = prepared.Changed
            ? $"jcmsim run {referenceArg} {variantArg} --trials {trials} --seed {seed}"
            : $"jcmsim run {referenceArg} --trials {trials} --seed {seed}";
        var yaml = $"# Saved as {fileName} next to {prepared.Reference.Name}.yaml, rerun with:\n#   {command}\n{prepared.Yaml}";
        return new ExportSettings(fileName, yaml, command);
    }

    /// <summary>The scenario file's name for settings explored from <paramref name="reference"/>.</summary>
    public static string ExploredFileName(string reference) => reference + "-explored.yaml";

    /// <summary>
    /// The file <paramref name="file"/> (<c>results.xlsx</c>, or a chart's <c>STEM.png</c> or
    /// <c>STEM.svg</c>) of the run of <paramref name="prepared"/> with <paramref name="request"/>'s
    /// seed and trials, in <paramref name="language"/>.
    /// </summary>
    /// <exception cref="RequestProblems">Not a file name the export has (400), or no such chart in the run (404).</exception>
    public async Task<(byte[] Bytes, string ContentType)> FileAsync(PreparedEstimate prepared, EstimateRequest request, string file, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(request);
        var chart = ChartFile().Match(file);
        if (file != Workbook && !chart.Success)
        {
            throw new RequestProblems($"file: '{EstimateRequest.Shorten(file)}' is not an export (allowed: {Workbook}, or a chart as NAME.png or NAME.svg, e.g. fan-cumulative.png)");
        }

        var run = await RunAsync(prepared, request, language, cancellationToken).ConfigureAwait(false);
        if (file == Workbook)
        {
            return (await File.ReadAllBytesAsync(Path.Combine(run.Folder, Workbook), cancellationToken).ConfigureAwait(false),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }

        var stem = chart.Groups["stem"].Value;
        var path = Path.Combine(run.Folder, ResultFolderRenderer.ChartsFolder, file);
        await run.Drawing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The command line's chart code, one chart at a time: the page asks for a chart, not all thirty.
            if (!File.Exists(path) && !ResultFolderRenderer.RenderChart(run.Results, stem, run.Folder, language))
            {
                throw new RequestProblems($"file: '{file}' is not a chart of this run (allowed: {string.Join(", ", ResultFolderRenderer.ChartStems(run.Results).Select(s => s + ".png"))}, or .svg)", 404);
            }
        }
        finally
        {
            run.Drawing.Release();
        }

        return (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false),
            chart.Groups["kind"].Value == "png" ? "image/png" : "image/svg+xml");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        try
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A run still writing as the server stops: the temporary folder is left to the system.
        }
    }

    private async Task<ExportRun> RunAsync(PreparedEstimate prepared, EstimateRequest request, string language, CancellationToken cancellationToken)
    {
        var key = string.Join('\n', prepared.Reference.Name, request.Seed, request.Trials, language, prepared.Yaml);
        var lazy = _runs.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            return new Lazy<Task<ExportRun>>(() => RunNowAsync(prepared, request, language));
        });
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (lazy.Value.IsFaulted || lazy.Value.IsCanceled)
        {
            _runs.TryRemove(new KeyValuePair<string, Lazy<Task<ExportRun>>>(key, lazy));
            throw;
        }
        finally
        {
            Evict();
        }
    }

    // One run for every request of the same settings, on the server's lifetime (a client that goes
    // away does not cancel it for the others).
    private async Task<ExportRun> RunNowAsync(PreparedEstimate prepared, EstimateRequest request, string language)
    {
        var token = _stopping.Token;
        var folder = Path.Combine(_root, Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture));
        var reference = prepared.Reference;
        var sources = ScenarioLoader.LoadWithSources(reference.Path).SourceFiles;
        List<LoadedScenario> scenarios = [new LoadedScenario(reference.Path, reference.Scenario, sources)];
        if (prepared.Changed)
        {
            scenarios.Add(new LoadedScenario(Path.Combine(Path.GetDirectoryName(reference.Path)!, ExploredFileName(reference.Name)), prepared.Variant, sources));
        }

        var options = new RunOptions
        {
            Scenarios = [.. scenarios.Select(s => s.Path)],
            Trials = request.Trials,
            Seed = request.Seed,
            Out = folder,
            BlockSize = 0,
            Language = language,
            Force = false,
            InProcess = true,
            MaxParallelBlocks = 0,
            WriteCharts = false,
        };
        RunOutcome? outcome = null;
        await queue.RunAsync(async t =>
            outcome = await RunSession.RunAsync(options, scenarios, RunHost.Silent, Settings(prepared, request).Command, engine, onBlock: null, t).ConfigureAwait(false),
            token).ConfigureAwait(false);
        return new ExportRun(outcome!.Folder, outcome.Results);
    }

    // Keeps the last few runs; an older one's folder goes.
    private void Evict()
    {
        while (_runs.Count > KeptRuns && _order.TryDequeue(out var oldest))
        {
            if (_runs.TryRemove(oldest, out var gone) && gone.IsValueCreated && gone.Value.IsCompletedSuccessfully)
            {
                try
                {
                    Directory.Delete(gone.Value.Result.Folder, recursive: true);
                }
                catch (IOException)
                {
                    // Being read this moment: the folder goes with the server's temporary folder.
                }
            }
        }
    }

    private static string Quote(string argument) =>
        argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '\\' or ':') ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex("^(?<stem>[a-z0-9][a-z0-9-]{0,120})\\.(?<kind>png|svg)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChartFile();

    private sealed record ExportRun(string Folder, RunResults Results)
    {
        public SemaphoreSlim Drawing { get; } = new(1, 1);
    }
}
