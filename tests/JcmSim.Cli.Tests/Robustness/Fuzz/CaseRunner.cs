using System.Text.Json.Nodes;
using JcmSim.Analysis.Results;
using JcmSim.Cli.Tests.Robustness.Schema;
using Spectre.Console.Testing;

namespace JcmSim.Cli.Tests.Robustness.Fuzz;

/// <summary>
/// Runs one scenario through the in-process command line (<see cref="JcmSimApp.RunAsync"/>) under a
/// time limit and checks the robustness contract: exit 0, or exit 2 with a message and no stack
/// trace; never exit 1 or another code, never an exception or a hang; a run that exits 2 leaves no
/// output folder (nor a partial one), a run that exits 0 leaves a complete one; a file the loader
/// accepts is also valid against the JSON Schema.
/// </summary>
internal static class CaseRunner
{
    public static readonly TimeSpan ValidateLimit = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(180);

    private static readonly Lazy<JsonSchemaValidator> Schema = new(() => new JsonSchemaValidator(JsonNode.Parse(ScenarioFormat.ScenarioSchema.ToJson())!.AsObject()));

    /// <summary>The exit code, and the contract violation if any (null when the case behaved).</summary>
    public static (int ExitCode, string? Failure) Check(string scenario, bool run, string outputParent)
    {
        var output = Path.Combine(outputParent, "out");
        string[] args = run
            ? ["run", scenario, "--in-process", "--trials", "2", "--seed", "3", "--out", output]
            : ["validate", scenario];
        var console = new TestConsole();
        console.Profile.Width = 200;
        var error = new StringWriter();
        var task = Task.Run(() => JcmSimApp.RunAsync(args, console, error, CancellationToken.None));
        var limit = run ? RunLimit : ValidateLimit;
        try
        {
            if (!task.Wait(limit))
            {
                return (-1, $"no exit within {limit.TotalSeconds:F0} s (hang)");
            }
        }
        catch (AggregateException crash)
        {
            return (-1, "crashed: " + crash.InnerException);
        }

        var code = task.Result;
        var stderr = error.ToString();
        var partials = Directory.Exists(outputParent)
            ? Directory.GetDirectories(outputParent).Where(d => Path.GetFileName(d).Contains(ResultFolder.PartialMarker, StringComparison.Ordinal)).ToList()
            : [];
        string? failure = code switch
        {
            ExitCodes.Ok when run && !File.Exists(Path.Combine(output, "summary.json")) => "exit 0 but no complete result folder",
            ExitCodes.Ok => null,
            ExitCodes.BadInput when stderr.Trim().Length == 0 => "exit 2 without a message",
            ExitCodes.BadInput when stderr.Contains("   at ", StringComparison.Ordinal) => "exit 2 with a stack trace:\n" + Short(stderr),
            ExitCodes.BadInput when Directory.Exists(output) => "exit 2 but an output folder was written",
            ExitCodes.BadInput => null,
            _ => $"exit {code}:\n{Short(stderr)}",
        };
        if (failure is null && partials.Count > 0)
        {
            failure = "a partial folder was left: " + string.Join(", ", partials);
        }

        if (failure is null && code == ExitCodes.Ok)
        {
            failure = SchemaDisagreement(scenario);
        }

        return (code, failure);
    }

    // The loader accepted the file: the schema must accept it too (it may be looser, never stricter).
    private static string? SchemaDisagreement(string scenario)
    {
        JsonNode? instance;
        try
        {
            var text = File.ReadAllText(scenario);
            if (!ScenarioFuzzer.IsPlainTree(text))
            {
                // Aliases (which the loader expands) cannot be turned into a JSON instance safely.
                return null;
            }

            instance = YamlInstance.FromText(text);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidCastException)
        {
            return null;
        }

        var errors = Schema.Value.Validate(instance);
        return errors.Count == 0 ? null : "the loader accepts the file but the schema does not:\n" + string.Join("\n", errors.SelectMany(e => e.Flatten()).Take(12));
    }

    private static string Short(string text) => text.Length <= 3000 ? text : text[..3000] + "…";
}
