using JcmSim.Cli.Tests.Robustness.Fuzz;
using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests.Robustness;

/// <summary>
/// Replays every scenario kept in <c>Robustness/Regressions/</c>: inputs that once broke the
/// robustness contract (found by <see cref="FuzzTests"/> or by hand). Each file is placed in a copy of
/// <c>scenarios/</c> (so <c>extends: baseline.yaml</c> and <c>data/…</c> resolve); a folder of the same
/// name, if any, is copied over it first (e.g. a damaged <c>data/partners.csv</c>). Both
/// <c>validate</c> and <c>run</c> must keep the contract.
/// </summary>
public sealed class RegressionTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "JcmSim.Cli.Tests", "Robustness", "Regressions");

    public static TheoryData<string> Regressions => new(Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Regression_keeps_the_contract(string file)
    {
        foreach (var run in new[] { false, true })
        {
            using var temp = new TempDirectory();
            var scenarios = Path.Combine(temp.Path, "scenarios");
            Copy(Path.Combine(Repository.Root, "scenarios"), scenarios);
            var overlay = Path.Combine(Folder, Path.GetFileNameWithoutExtension(file));
            if (Directory.Exists(overlay))
            {
                Copy(overlay, scenarios);
            }

            var scenario = Path.Combine(scenarios, "regression-" + file);
            File.Copy(Path.Combine(Folder, file), scenario);

            var (exitCode, failure) = CaseRunner.Check(scenario, run, Path.Combine(temp.Path, "results"));

            Assert.True(failure is null, $"{file} ({(run ? "run" : "validate")}): {failure}");
            Assert.Contains(exitCode, new[] { ExitCodes.Ok, ExitCodes.BadInput });
        }
    }

    private static void Copy(string source, string destination)
    {
        foreach (var path in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target, overwrite: true);
        }
    }
}
