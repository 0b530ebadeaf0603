using System.Text.Json;
using JcmSim.Cli.Commands;
using JcmSim.Cli.Tests.Support;

namespace JcmSim.Cli.Tests;

/// <summary>
/// A run of a scenario with <c>observations:</c> (the hindcast and the JCM record) reports every
/// observation in summary.json and draws them; <c>jcmsim observations</c> prints the table or writes it
/// into a README between its markers.
/// </summary>
public sealed class ObservationsCommandTests
{
    [Fact]
    public void A_hindcast_run_reports_every_record_and_the_command_writes_the_table_between_the_markers()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "hindcast");
        var run = CliRun.Invoke("run", Path.Combine(Repository.Root, "scenarios", "hindcast-2013.yaml"), "--trials", "40", "--seed", "3", "--out", output, "--in-process");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);

        // summary.json: all 34 records, none dropped; the one before the first simulated year says so.
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        var observations = summary.RootElement.GetProperty("scenarios")[0].GetProperty("observations").EnumerateArray().ToList();
        Assert.Equal(34, observations.Count);
        Assert.Equal(["2012"], observations.Where(o => o.GetProperty("verdict").GetString() == "notModelled").Select(o => o.GetProperty("fiscalYear").ToString()));
        Assert.All(observations.Where(o => o.GetProperty("quantity").GetString() is "projectsRegistered" or "projectsIssuing" or "moejProjectHostCountries"),
            o => Assert.NotEqual("notModelled", o.GetProperty("verdict").GetString()));
        Assert.All(observations.Where(o => o.GetProperty("quantity").GetString() == "moejProjectsSelected"),
            o => Assert.True(o.GetProperty("p95").GetDouble() > o.GetProperty("p5").GetDouble()));
        Assert.True(File.Exists(Path.Combine(output, "charts", "observations-moejProjectsSelected.png")));
        Assert.True(File.Exists(Path.Combine(output, "charts", "observations-creditsIssuedCumulativeT.svg")));

        var readme = temp.File("README.md", $"# Before\n\n{ObservationsCommand.Begin}\nold table\n{ObservationsCommand.End}\n\nAfter\n");
        var update = CliRun.Invoke("observations", output, "--update-readme", readme);

        Assert.True(update.ExitCode == ExitCodes.Ok, update.Error);
        var text = File.ReadAllText(readme);
        Assert.DoesNotContain("old table", text);
        Assert.Contains("| Projects selected by the Ministry's programme (cumulative), FY2021 (2021-09-27) | moej-press-2021-09-27 | validation | 194 |", text);
        Assert.Contains("| not modelled: FY2012 is before the first simulated year, FY2013 |", text);
        Assert.StartsWith("# Before\n", text, StringComparison.Ordinal);
        Assert.EndsWith($"{ObservationsCommand.End}\n\nAfter\n", text, StringComparison.Ordinal);

        var printed = CliRun.Invoke("observations", output);
        Assert.True(printed.ExitCode == ExitCodes.Ok, printed.Error);
        Assert.Contains("calibration: 16 records", printed.Output);
    }

    [Fact]
    public void A_run_without_observations_is_bad_input()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "run")).FullName;
        File.WriteAllText(Path.Combine(folder, "summary.json"), """{"schemaVersion":1,"scenarios":[],"comparison":[]}""");

        var result = CliRun.Invoke("observations", folder, "--update-readme", temp.File("README.md", "no markers\n"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("no scenario of the run names observations:", result.Error);
    }
}
