using JcmSim.Notebooks.Tests.Support;

namespace JcmSim.Notebooks.Tests;

public sealed class NotebookSetTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repository.Notebooks, "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void The_notebook_set_has_every_notebook_of_the_issue()
    {
        string[] expected = ["01-quickstart.ipynb", "02-compare-scenarios.ipynb", "03-sensitivity.ipynb", "04-build-a-scenario-in-code.ipynb", "05-read-results-with-duckdb-or-pandas.md", "README.md"];

        Assert.All(expected, name => Assert.True(File.Exists(Path.Combine(Repository.Notebooks, name)), $"notebooks/{name} is missing"));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_code_cell_of_the_notebook_runs(string name)
    {
        // Run in place without --write: the committed file must not change.
        var path = Path.Combine(Repository.Notebooks, name);
        var before = File.ReadAllBytes(path);

        var run = CliRun.Invoke("notebook", "run", path, "--in-process");

        Assert.True(run.ExitCode == 0, $"jcmsim notebook run {name} exited {run.ExitCode}:\n{run.Error}");
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Writing_the_quickstart_twice_gives_the_same_bytes()
    {
        using var workspace = new NotebookWorkspace();
        var path = workspace.Copy("01-quickstart.ipynb");

        var first = CliRun.Invoke("notebook", "run", path, "--write", "--in-process");
        var once = File.ReadAllBytes(path);
        var second = CliRun.Invoke("notebook", "run", path, "--write", "--in-process");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(once, File.ReadAllBytes(path));
        Assert.Contains("outputs written", second.Output, StringComparison.Ordinal);
    }
}
