using System.Text.Json.Nodes;
using JcmSim.Notebooks.Tests.Support;

namespace JcmSim.Notebooks.Tests;

public sealed class NotebookRunnerTests : IDisposable
{
    private readonly NotebookWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Standard_output_displays_and_the_last_value_are_kept_in_order()
    {
        var path = _workspace.Write("order.ipynb", "md:# Title", "Console.WriteLine(\"a\");\ndisplay(1.5);\nConsole.Write(\"b\");\n\"last\"");

        var run = CliRun.Invoke("notebook", "run", path, "--write", "--in-process");

        Assert.Equal(0, run.ExitCode);
        var cell = Cells(path)[0];
        Assert.Equal(1, (int)cell["execution_count"]!);
        var outputs = cell["outputs"]!.AsArray();
        Assert.Equal(["stream", "display_data", "stream", "execute_result"], outputs.Select(o => (string)o!["output_type"]!));
        Assert.Equal("a\n", Text(outputs[0]!["text"]));
        Assert.Equal("1.5", Text(outputs[1]!["data"]!["text/plain"]));
        Assert.Equal("b", Text(outputs[2]!["text"]));
        Assert.Equal("last", Text(outputs[3]!["data"]!["text/plain"]));
        Assert.Equal(1, (int)outputs[3]!["execution_count"]!);
    }

    [Fact]
    public void State_and_top_level_await_carry_from_cell_to_cell()
    {
        var path = _workspace.Write("state.ipynb", "var x = await Task.FromResult(41);", "#!csharp\nx + 1");

        var run = CliRun.Invoke("notebook", "run", path, "--write", "--in-process");

        Assert.Equal(0, run.ExitCode);
        var cells = Cells(path);
        Assert.Empty(cells[0]["outputs"]!.AsArray());
        Assert.Equal("42", Text(cells[1]["outputs"]![0]!["data"]!["text/plain"]));
        Assert.Equal(2, (int)cells[1]["execution_count"]!);
    }

    [Fact]
    public void A_plot_is_written_as_a_png_image_and_a_table_as_text_html_and_markdown()
    {
        var path = _workspace.Write(
            "rich.ipynb",
            "var plot = new ScottPlot.Plot();\nplot.Add.Scatter(new double[] { 1, 2, 3 }, new double[] { 2, 1, 3 });\nplot",
            "new JcmSim.Notebooks.ResultTable(new JcmSim.Analysis.Tables.TextTable([\"a\"], [false], [[\"x\"]], \"\"))");

        var run = CliRun.Invoke("notebook", "run", path, "--write", "--in-process");

        Assert.Equal(0, run.ExitCode);
        var cells = Cells(path);
        var png = Convert.FromBase64String((string)cells[0]["outputs"]![0]!["data"]!["image/png"]!);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        var table = cells[1]["outputs"]![0]!["data"]!.AsObject();
        Assert.Equal(["text/html", "text/markdown", "text/plain"], table.Select(p => p.Key).Order());
    }

    [Fact]
    public void A_compile_error_stops_with_the_cell_the_line_and_the_compiler_message_and_leaves_the_file_alone()
    {
        var path = _workspace.Write("compile.ipynb", "md:intro", "var a = 1;", "var b = 2;\nundefinedName + b", "Console.WriteLine(\"never\");");
        var before = File.ReadAllBytes(path);

        var run = CliRun.Invoke("notebook", "run", path, "--write", "--in-process");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: cell 3, line 2: error CS0103: The name 'undefinedName' does not exist in the current context", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_runtime_error_stops_with_the_cell_the_line_and_the_exception()
    {
        var path = _workspace.Write("runtime.ipynb", "#!csharp\nvar x = 1;\nthrow new InvalidOperationException(\"boom\");\n");

        var run = CliRun.Invoke("notebook", "run", path, "--in-process");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: cell 1, line 3: System.InvalidOperationException: boom", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_inside_an_awaited_library_call_points_at_the_calling_line()
    {
        var path = _workspace.Write("library.ipynb", "using JcmSim.Notebooks;\nvar scenario = Jcm.LoadScenario(\"../scenarios/baseline.yaml\");\n\nvar run = await Jcm.RunAsync(scenario, trials: 0);");

        var run = CliRun.Invoke("notebook", "run", path, "--in-process");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cell 1, line 4: System.ArgumentOutOfRangeException: trials must be 1–100,000,000.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_reference_is_refused_with_the_convention_to_use()
    {
        var path = _workspace.Write("nuget.ipynb", "var a = 1;\n#r \"nuget: Newtonsoft.Json\"");

        var run = CliRun.Invoke("notebook", "run", path, "--in-process");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cell 1, line 2: '#r \"nuget: Newtonsoft.Json\"' is not supported by 'jcmsim notebook run'", run.Error, StringComparison.Ordinal);
        Assert.Contains("jcmsim-skip", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_tagged_for_the_kernel_only_is_left_as_it_is()
    {
        var path = _workspace.Write("skip.ipynb", "#r \"nuget: Newtonsoft.Json\"", "1 + 1");
        var document = JsonNode.Parse(File.ReadAllText(path))!;
        document["cells"]![0]!["metadata"]!["tags"] = new JsonArray("jcmsim-skip");
        File.WriteAllText(path, document.ToJsonString());

        var run = CliRun.Invoke("notebook", "run", path, "--write", "--in-process");

        Assert.Equal(0, run.ExitCode);
        var cells = Cells(path);
        Assert.Null(cells[0]["execution_count"]);
        Assert.Equal(1, (int)cells[1]["execution_count"]!);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("""{"nbformat": 3, "cells": []}""", "nbformat is 3 (allowed: 4)")]
    [InlineData("""{"nbformat": 4, "metadata": {"kernelspec": {"language": "python"}}, "cells": []}""", "kernel language is 'python' (allowed: C#")]
    [InlineData("""{"nbformat": 4, "cells": [{"source": "x"}]}""", "cell 1 has no \"cell_type\"")]
    public void A_malformed_notebook_exits_2_naming_the_file_and_the_problem(string content, string problem)
    {
        var path = Path.Combine(_workspace.Notebooks, "malformed.ipynb");
        File.WriteAllText(path, content);

        var run = CliRun.Invoke("notebook", "run", path, "--in-process");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"jcmsim: {path}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_notebook_exits_2()
    {
        var run = CliRun.Invoke("notebook", "run", "no-such.ipynb", "--in-process");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such.ipynb: file not found", run.Error, StringComparison.Ordinal);
    }

    private static List<JsonObject> Cells(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray().Select(c => c!.AsObject()).Where(c => (string)c["cell_type"]! == "code").ToList();

    private static string Text(JsonNode? node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string)l!)) : (string)node!;
}
