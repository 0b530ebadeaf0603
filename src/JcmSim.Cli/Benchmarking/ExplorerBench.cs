using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JcmSim.Explorer;
using JcmSim.Model.Simulation;
using JcmSim.Runs;
using JcmSim.Runs.Engines;
using JcmSim.ScenarioFormat;

namespace JcmSim.Cli.Benchmarking;

/// <summary>
/// The explorer's benchmark: starts the explorer as <c>jcmsim serve</c> does (embedded silo, loopback),
/// loads the page's first estimate (which also fills the reference's cache, as a planner's page
/// does), then moves one lever to different values, each time as the page does (the same
/// <c>POST /api/estimate</c> body, one session, the stream of JSON lines read as it arrives), and
/// times the first update of at least 256 trials and the update that reaches the trials asked.
/// Each change's settings are also run for the same trials by the in-process engine alone, from the
/// scenario file the page exports, as the yardstick.
/// </summary>
internal static class ExplorerBench
{
    private const int FirstUpdateTrials = 256;
    private const ulong Seed = 1;
    private const string Session = "bench";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Measures <paramref name="changes"/> lever changes of the scenario file <paramref name="scenario"/> to <paramref name="trials"/> trials.</summary>
    /// <param name="scenario">The scenario file; the explorer serves its folder.</param>
    /// <param name="changes">Lever changes to time.</param>
    /// <param name="trials">Trials each estimate runs to.</param>
    /// <param name="progress">Told each change's value and times (first update, all trials, in-process), seconds.</param>
    /// <param name="cancellationToken">Stops the benchmark.</param>
    public static async Task<ExplorerBenchReport> RunAsync(string scenario, int changes, int trials, Action<double, double, double, double> progress, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(scenario))!;
        var name = Path.GetFileNameWithoutExtension(scenario);
        await using var server = await ExplorerServer.StartAsync(new ExplorerOptions { ScenariosFolder = folder, Port = 0, TrialCap = Math.Max(trials, ExplorerOptions.DefaultTrialCap) }, cancellationToken);
        using var client = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromMinutes(10) };
        await using var inProcess = await EngineChoice.InProcess.OpenAsync(cancellationToken);

        var view = await client.GetFromJsonAsync<JsonElement>($"api/scenarios/{Uri.EscapeDataString(name)}", Json, cancellationToken);
        var lever = Lever(view);
        var path = lever.GetProperty("path").GetString()!;
        var (min, max) = (lever.GetProperty("min").GetDouble(), lever.GetProperty("max").GetDouble());

        // The page's first estimate, nothing moved: warms the engine and fills the reference's cache.
        await EstimateAsync(client, Body(name, [], trials), trials, cancellationToken);

        var first = new List<double>();
        var full = new List<double>();
        var alone = new List<double>();
        var firstCpu = new List<double>();
        var fullCpu = new List<double>();
        var aloneCpu = new List<double>();
        for (var i = 0; i < changes; i++)
        {
            // Values spread over the range, none the scenario's own: each change is new work.
            var value = Math.Round(min + ((max - min) * (i + 1) / (changes + 1)), 3);
            var body = Body(name, [new(path, value)], trials);
            var (toFirst, toFull) = await EstimateAsync(client, body, trials, cancellationToken);
            first.Add(toFirst.Wall);
            full.Add(toFull.Wall);
            firstCpu.Add(toFirst.Cpu);
            fullCpu.Add(toFull.Cpu);
            var (wall, cpu) = await InProcessAsync(client, inProcess, body, folder, trials, cancellationToken);
            alone.Add(wall);
            aloneCpu.Add(cpu);
            progress(value, toFirst.Wall, toFull.Wall, wall);
        }

        return new ExplorerBenchReport(changes, path, FirstUpdateTrials, trials, first, full, alone, BenchMedian.Of(first), BenchMedian.Of(full), BenchMedian.Of(alone), BenchMedian.Of(full) / BenchMedian.Of(alone),
            BenchMedian.Of(firstCpu), BenchMedian.Of(fullCpu), BenchMedian.Of(aloneCpu), BenchMedian.Of(fullCpu) / BenchMedian.Of(aloneCpu));
    }

    // The agreements' extension when the scenario offers it, else its first lever. Extension moves the
    // probabilities without multiplying the work of a trial (the pipeline or private capital at ×8 does:
    // a trial then costs several times the baseline's), so the changes' times are comparable.
    private static JsonElement Lever(JsonElement view)
    {
        var levers = view.GetProperty("levers").EnumerateArray().ToList();
        return levers.FirstOrDefault(l => l.GetProperty("path").GetString() == "agreements.extensionProbability") is { ValueKind: JsonValueKind.Object } extension
            ? extension
            : levers.Count > 0 ? levers[0] : throw new BadInputException("the benchmark's scenario offers the explorer no lever to move (allowed: a scenario with an uncertainties: block).");
    }

    private static Dictionary<string, object> Body(string scenario, IReadOnlyList<KeyValuePair<string, double>> levers, int trials) => new()
    {
        ["scenario"] = scenario,
        ["levers"] = levers.ToDictionary(l => l.Key, l => l.Value),
        ["seed"] = Seed,
        ["trials"] = trials,
        // Run to the trials asked: the benchmark times a fixed amount of work.
        ["precision"] = 0,
        ["session"] = Session,
    };

    // Seconds (wall, and this process's processor time) from sending the change to the first update of FirstUpdateTrials or more, and to the last update.
    private static async Task<(Seconds First, Seconds Full)> EstimateAsync(HttpClient client, Dictionary<string, object> body, int trials, CancellationToken cancellationToken)
    {
        var clock = Seconds.Start();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/estimate") { Content = JsonContent.Create(body, options: Json) };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The explorer refused the benchmark's estimate ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
        Seconds? first = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            using var update = JsonDocument.Parse(line);
            var done = update.RootElement.GetProperty("trials").GetInt32();
            if (done >= Math.Min(FirstUpdateTrials, trials))
            {
                first ??= clock.Elapsed();
            }

            if (done >= trials)
            {
                return (first!, clock.Elapsed());
            }
        }

        throw new InvalidOperationException($"The explorer's estimate ended before {trials.ToString("N0", CultureInfo.InvariantCulture)} trials.");
    }

    // The same settings, from the scenario file the page exports, run by the in-process engine alone (the trials only).
    private static async Task<Seconds> InProcessAsync(HttpClient client, ISimulationEngine engine, Dictionary<string, object> body, string folder, int trials, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync("api/export", body, Json, cancellationToken);
        response.EnsureSuccessStatusCode();
        var settings = (await response.Content.ReadFromJsonAsync<ExportSettings>(Json, cancellationToken))!;
        var scenario = ScenarioLoader.LoadText(settings.Yaml, Path.Combine(folder, settings.FileName));
        var compiled = new CompiledScenario(scenario);
        var clock = Seconds.Start();
        await foreach (var _ in engine.RunAsync(scenario, compiled, Seed, new TrialPlan(trials, ExplorerOptions.MaxBlockSize), 0, cancellationToken))
        {
            // Only the trials' time counts.
        }

        return clock.Elapsed();
    }

    // Wall time and this process's processor time (every thread: the silo's, the web server's, the engine's).
    // Processor time is what the work costs whatever else the machine runs; wall time is what the planner waits.
    private sealed record Seconds(double Wall, double Cpu)
    {
        public static Seconds Start() => new(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency, ProcessCpu());

        public Seconds Elapsed() => new((Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency) - Wall, ProcessCpu() - Cpu);

        private static double ProcessCpu()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime.TotalSeconds;
        }
    }
}
