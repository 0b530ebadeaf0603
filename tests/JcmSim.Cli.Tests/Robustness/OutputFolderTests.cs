using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests.Robustness;

/// <summary><c>--out</c>: a non-empty folder is kept unless <c>--force</c>, which replaces it whole; unusable paths get a message.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void Force_replaces_a_non_empty_folder_whole_and_leaves_nothing_beside_it()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "old.txt"), "old");

        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "5", "--in-process", "--out", output, "--force");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.False(File.Exists(Path.Combine(output, "old.txt")));
        Assert.True(File.Exists(Path.Combine(output, "summary.json")));
        Assert.Equal([output], Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/dev/null")]
    public void Unusable_output_path_exits_2_with_a_message(string output)
    {
        var run = CliRun.Invoke("run", Repository.Baseline, "--trials", "5", "--in-process", "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith("jcmsim: The output folder", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
