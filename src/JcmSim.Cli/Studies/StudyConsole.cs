using JcmSim.Cli.Commands;
using JcmSim.Cli.Console;
using JcmSim.Runs;
using JcmSim.Runs.Studies;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>A study on the console: run under a progress display, then its table and where the results are.</summary>
public static class StudyConsole
{
    /// <summary>Runs <paramref name="study"/> with a console host, prints what <paramref name="print"/> draws of the result, then the folder line.</summary>
    public static async Task<StudyOutcome<TResult>> RunAsync<TResult>(
        CommandContext context, string language, Func<IRunHost, Task<StudyOutcome<TResult>>> study, Action<IAnsiConsole, TResult> print)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(print);
        var outcome = await study(new ConsoleRunHost(context));
        print(context.Console, outcome.Result);
        context.Console.MarkupLineInterpolated($"{(language == "ja" ? "結果" : "Results")}: {outcome.Folder} ({outcome.Work}, {outcome.WallSeconds:F1} s, {outcome.Mode.ToString().ToLowerInvariant()})");
        return outcome;
    }

    /// <summary>Writes <paramref name="table"/> and an empty line.</summary>
    public static void Table(IAnsiConsole console, Spectre.Console.Rendering.IRenderable table)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Write(table);
        console.WriteLine();
    }
}
