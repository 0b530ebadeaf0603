using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace JcmSim.Cli.Tests.Robustness.Fuzz;

/// <summary>
/// Fuzzes the scenario loader and the command line with seeded mutations of the real scenario
/// files (<see cref="ScenarioFuzzer"/>): every case must end with exit 0 (still valid) or exit 2 with
/// a message, never exit 1, a crash or a hang, and never leave an output folder on exit 2
/// (<see cref="CaseRunner"/>). Nine cases in ten run <c>jcmsim validate</c>, one in ten
/// <c>jcmsim run --in-process --trials 2</c>.
/// </summary>
/// <remarks>
/// <c>dotnet test</c> (and CI) runs the fixed first <see cref="DefaultCases"/> seeds. The full run:
/// <code>JCMSIM_FUZZ_CASES=2000 dotnet test tests/JcmSim.Cli.Tests --filter "FullyQualifiedName~FuzzTests" --logger "console;verbosity=detailed"</code>
/// (<c>JCMSIM_FUZZ_FIRST_SEED</c> moves the window of seeds). The counts (cases, exit 0, exit 2,
/// failures) are printed at the end. A failing case names its seed and its mutations and is left in
/// <c>$TMPDIR/jcmsim-fuzz-failures/seed-N/</c>; once fixed, copy its scenario file to
/// <c>Robustness/Regressions/</c> (see <see cref="RegressionTests"/>) so it is replayed for good.
/// </remarks>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>Cases run by a plain <c>dotnet test</c>.</summary>
    public const int DefaultCases = 150;

    [Fact]
    public void Mutated_scenarios_exit_0_or_2_with_a_message_and_never_leave_a_folder_on_failure()
    {
        var cases = Setting("JCMSIM_FUZZ_CASES", DefaultCases);
        var firstSeed = Setting("JCMSIM_FUZZ_FIRST_SEED", 0);
        var counts = new Dictionary<string, int> { ["exit 0"] = 0, ["exit 2"] = 0, ["other"] = 0 };
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var seed = firstSeed; seed < firstSeed + cases; seed++)
        {
            using var temp = new TempDirectory();
            var scenarios = Path.Combine(temp.Path, "scenarios");
            var fuzzCase = ScenarioFuzzer.Create(seed, scenarios);
            var (exitCode, failure) = CaseRunner.Check(fuzzCase.Scenario, fuzzCase.Run, Path.Combine(temp.Path, "results"));
            counts[exitCode switch { 0 => "exit 0", 2 => "exit 2", _ => "other" }]++;
            if (failure is not null)
            {
                failures.Add($"{fuzzCase}\n  → {failure}");
                Keep(seed, scenarios);
            }
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {cases} cases (seeds {firstSeed}–{firstSeed + cases - 1}) in {clock.Elapsed.TotalSeconds:F0} s: exit 0 {counts["exit 0"]}, exit 2 {counts["exit 2"]}, other {counts["other"]}, contract violations {failures.Count}");
        output.WriteLine(summary);
        System.Console.WriteLine(summary);
        Assert.True(failures.Count == 0, summary + "\n\n" + string.Join("\n\n", failures.Take(20)));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    // A failing case's files survive the test for diagnosis.
    private static void Keep(int seed, string scenarios)
    {
        var kept = Path.Combine(Path.GetTempPath(), "jcmsim-fuzz-failures", $"seed-{seed}");
        if (Directory.Exists(kept))
        {
            Directory.Delete(kept, recursive: true);
        }

        foreach (var file in Directory.GetFiles(scenarios, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(kept, Path.GetRelativePath(scenarios, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
