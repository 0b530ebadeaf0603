using JcmSim.ScenarioFormat;

namespace JcmSim.Model.Tests.Scenarios;

public sealed class ScenarioErrorTests
{
    [Fact]
    public void Error_reads_file_line_column_path_problem_and_allowed()
    {
        var error = new ScenarioError("scenarios/x.yaml", 12, 5, "channels.moej.subsidyRatioCap", "1.5 is out of range", "[0, 1]");

        Assert.Equal("scenarios/x.yaml:12:5  channels.moej.subsidyRatioCap: 1.5 is out of range (allowed: [0, 1])", error.ToString());
    }

    [Fact]
    public void Error_without_allowed_or_path_leaves_them_out()
    {
        Assert.Equal("a.yaml:1:1  x: bad", new ScenarioError("a.yaml", 1, 1, "x", "bad").ToString());
        Assert.Equal("a.yaml:1:1  file not found", new ScenarioError("a.yaml", 1, 1, "", "file not found").ToString());
    }

    [Fact]
    public void Exception_message_lists_every_error()
    {
        var exception = new ScenarioValidationException([new ScenarioError("a.yaml", 1, 1, "x", "bad"), new ScenarioError("a.yaml", 2, 1, "y", "worse")]);

        Assert.Equal($"2 errors in scenario:{Environment.NewLine}a.yaml:1:1  x: bad{Environment.NewLine}a.yaml:2:1  y: worse", exception.Message);
    }
}
