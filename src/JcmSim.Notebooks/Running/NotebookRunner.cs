using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace JcmSim.Notebooks.Running;

/// <summary>
/// Runs the C# cells of a Jupyter notebook (nbformat 4, .NET Interactive kernel) in order with Roslyn
/// scripting, as a kernel would: one script state carried from cell to cell, top-level <c>await</c>,
/// <c>display(x)</c> and the last expression's value captured, standard output captured per cell,
/// ScottPlot plots as PNG images. With <see cref="NotebookRunOptions.Write"/> the outputs are written
/// back, byte-identical for the same inputs. A failing cell stops the run with its position.
/// </summary>
/// <remarks>
/// Conventions (notebooks/README.md): the JcmSim assemblies and ScottPlot are referenced already;
/// a cell may start with <c>#!csharp</c>; cells tagged <see cref="SkipTag"/> (the kernel set-up cell
/// with its <c>#r</c> and formatters) are left as they are; <c>#r</c> and other magic commands in a
/// cell that runs are refused. Relative paths in cells are relative to the notebook's folder, as
/// under Jupyter. Cells run one notebook at a time per process: the runner sets the current
/// directory and standard output while a notebook runs.
/// </remarks>
public static partial class NotebookRunner
{
    /// <summary>The cell tag that keeps a cell from running here (it runs under a .NET Interactive kernel only).</summary>
    public const string SkipTag = "jcmsim-skip";

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Namespaces every cell can use without a <c>using</c>, as the .NET Interactive C# kernel's defaults.</summary>
    public static IReadOnlyList<string> Imports { get; } =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading.Tasks"];

    /// <summary>Runs the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is missing or not a C# notebook in nbformat 4.</exception>
    /// <exception cref="NotebookCellException">A cell failed: its index, line and error; the file is not changed.</exception>
    public static async Task<NotebookRunResult> RunAsync(string path, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var document = NotebookDocument.Load(path);
        var plan = Plan(document);
        var clock = Stopwatch.StartNew();
        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        var directory = Environment.CurrentDirectory;
        var output = Console.Out;
        var engine = Jcm.DefaultEngine;
        try
        {
            Environment.CurrentDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
            Jcm.DefaultEngine = options.Engine;
            Jcm.RunnerStop = cancellationToken;
            await ExecuteAsync(path, document, plan, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Console.SetOut(output);
            Environment.CurrentDirectory = directory;
            Jcm.DefaultEngine = engine;
            Jcm.RunnerStop = CancellationToken.None;
            await Jcm.ShutdownAsync().ConfigureAwait(false);
            OneAtATime.Release();
        }

        if (options.Write)
        {
            var temporary = path + ".jcmsim-writing";
            await File.WriteAllTextAsync(temporary, JupyterJson.Write(document.Root), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }

        return new NotebookRunResult(path, plan.Count(c => !c.Skip), plan.Count(c => c.Skip), clock.Elapsed.TotalSeconds, options.Write);
    }

    private static async Task ExecuteAsync(string path, NotebookDocument document, IReadOnlyList<PlannedCell> plan, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        var globals = new NotebookGlobals();
        var scriptOptions = ScriptOptions.Default
            .WithReferences(References())
            .WithImports(Imports)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Release);
        ScriptState<object>? state = null;
        var running = plan.Where(c => !c.Skip).ToList();
        var executionCount = 0;
        foreach (var cell in running)
        {
            cancellationToken.ThrowIfCancellationRequested();
            executionCount++;
            options.Progress?.Invoke(new NotebookCellProgress(path, cell.Index + 1, executionCount, running.Count, null));
            var cellClock = Stopwatch.StartNew();
            var outputs = new CellOutputs();
            globals.Current = outputs;
            var cellPath = $"{System.IO.Path.GetFileName(path)}#cell{cell.Index + 1}";
            Console.SetOut(new CellWriter(outputs));
            try
            {
                var cellOptions = scriptOptions.WithFilePath(cellPath);
                state = state is null
                    ? await CSharpScript.RunAsync(cell.Code, cellOptions, globals, typeof(NotebookGlobals), cancellationToken).ConfigureAwait(false)
                    : await state.ContinueWithAsync(cell.Code, cellOptions, cancellationToken).ConfigureAwait(false);
                if (state.ReturnValue is { } value)
                {
                    outputs.Result(value, executionCount);
                }
            }
            catch (CompilationErrorException e)
            {
                var error = e.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
                throw new NotebookCellException(path, cell.Index + 1, error.Location.GetLineSpan().StartLinePosition.Line + 1,
                    $"error {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}");
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var thrown = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
                throw new NotebookCellException(path, cell.Index + 1, LineOf(thrown, cellPath), $"{thrown.GetType().FullName}: {thrown.Message}", thrown);
            }
            finally
            {
                Console.Out.Flush();
                globals.Current = null;
            }

            var json = (JsonObject)document.Cells[cell.Index]!;
            json["execution_count"] = executionCount;
            json["outputs"] = outputs.ToJson();
            if (json["metadata"] is JsonObject metadata)
            {
                // Jupyter's per-cell timestamps would make every write differ.
                metadata.Remove("execution");
            }

            options.Progress?.Invoke(new NotebookCellProgress(path, cell.Index + 1, executionCount, running.Count, cellClock.Elapsed.TotalSeconds));
        }
    }

    private static List<PlannedCell> Plan(NotebookDocument document)
    {
        var plan = new List<PlannedCell>();
        for (var i = 0; i < document.Cells.Count; i++)
        {
            var cell = (JsonObject)document.Cells[i]!;
            if (cell["cell_type"]!.GetValue<string>() != "code")
            {
                continue;
            }

            var tags = cell["metadata"]?["tags"] as JsonArray;
            if (tags is not null && tags.Any(t => t?.GetValueKind() == JsonValueKind.String && t.GetValue<string>() == SkipTag))
            {
                plan.Add(new PlannedCell(i, "", Skip: true));
                continue;
            }

            var kernel = cell["metadata"]?["polyglot_notebook"]?["kernelName"] ?? cell["metadata"]?["dotnet_interactive"]?["language"];
            if (kernel?.GetValueKind() == JsonValueKind.String && !NotebookDocument.IsCSharp(kernel.GetValue<string>()))
            {
                throw new NotebookFormatException(document.Path,
                    $"cell {i + 1} is a '{kernel.GetValue<string>()}' cell (allowed: C# cells; tag a cell '{SkipTag}' to leave it out of 'jcmsim notebook run')");
            }

            plan.Add(new PlannedCell(i, Prepare(document.Path, i, NotebookDocument.Source(cell)), Skip: false));
        }

        return plan;
    }

    // Keeps every line where it is, so compiler and runtime line numbers are the cell's own.
    private static string Prepare(string path, int index, string source)
    {
        var lines = source.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].TrimEnd('\r').Trim();
            if (l == 0 && line is "#!csharp" or "#!c#" or "#!C#")
            {
                lines[l] = "";
            }
            else if (line.StartsWith("#r ", StringComparison.Ordinal) || line.StartsWith("#!", StringComparison.Ordinal) || line.StartsWith("#i ", StringComparison.Ordinal))
            {
                throw new NotebookCellException(path, index + 1, l + 1,
                    $"'{line}' is not supported by 'jcmsim notebook run': the JcmSim assemblies and ScottPlot are referenced already, and no package is fetched; " +
                    $"put kernel set-up (#r, formatters) in a cell tagged '{SkipTag}' (notebooks/README.md)");
            }
        }

        return string.Join('\n', lines);
    }

    private static int LineOf(Exception exception, string cellPath)
    {
        foreach (Match match in StackLine().Matches(exception.StackTrace ?? ""))
        {
            if (match.Groups["file"].Value == cellPath)
            {
                return int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
            }
        }

        return exception.InnerException is { } inner ? LineOf(inner, cellPath) : 1;
    }

    private static IEnumerable<MetadataReference> References()
    {
        // The JcmSim assemblies with everything they reference, so members whose signatures name
        // ScottPlot, Orleans or framework types bind without further #r.
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(Jcm).Assembly, typeof(ScottPlot.Plot).Assembly, typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Console).Assembly]);
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            if (assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location) || !seen.TryAdd(assembly.FullName!, assembly))
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                try
                {
                    pending.Push(Assembly.Load(name));
                }
                catch (FileNotFoundException)
                {
                    // A reference the runtime does not ship (e.g. a platform-specific facade): nothing to bind against.
                }
            }
        }

        return seen.Values.OrderBy(a => a.FullName, StringComparer.Ordinal).Select(a => MetadataReference.CreateFromFile(a.Location));
    }

    [GeneratedRegex(@" in (?<file>.+):line (?<line>\d+)")]
    private static partial Regex StackLine();

    private sealed record PlannedCell(int Index, string Code, bool Skip);

    /// <summary>Standard output while a cell runs: into the cell's outputs.</summary>
    private sealed class CellWriter(CellOutputs outputs) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => outputs.Write(value.ToString());

        public override void Write(string? value)
        {
            if (value is not null)
            {
                outputs.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => outputs.Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => outputs.Write((value ?? "") + "\n");

        public override void WriteLine() => outputs.Write("\n");
    }
}
