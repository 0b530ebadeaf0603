namespace JcmSim.ScenarioFormat;

/// <summary>
/// State shared by one load: the error list (every problem is collected, none stops the load)
/// and how files are named in messages.
/// </summary>
internal sealed class LoadContext
{
    private readonly List<ScenarioError> _errors = [];
    private readonly List<string> _filesRead = [];
    private readonly bool _absoluteDisplay;
    private readonly string _workingDirectory;

    /// <summary>Starts a load of the scenario at <paramref name="rootPath"/> (which need not exist).</summary>
    public LoadContext(string rootPath)
    {
        // Files are named the way the user named the scenario: relative stays relative.
        _absoluteDisplay = Path.IsPathRooted(rootPath);
        _workingDirectory = Environment.CurrentDirectory;
        Root = new SourceDocument(Path.GetFullPath(rootPath), rootPath);
    }

    /// <summary>The scenario file being loaded.</summary>
    public SourceDocument Root { get; }

    /// <summary>Number of errors so far.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Records a problem; past <see cref="ScenarioLimits.MaxReportedErrors"/> problems they are only counted.</summary>
    public void Error(SourcePosition at, string fieldPath, string problem, string allowed = "")
    {
        ErrorCount++;
        if (_errors.Count < ScenarioLimits.MaxReportedErrors)
        {
            _errors.Add(new ScenarioError(at.Document.DisplayPath, at.Line, at.Column, ValueReader.Shorten(fieldPath), problem, allowed));
        }
    }

    /// <summary>Records <paramref name="problem"/> at <paramref name="at"/>.</summary>
    public void Error(SourcePosition at, ScenarioProblem problem) => Error(at, problem.FieldPath, problem.Problem, problem.Allowed);

    /// <summary>The document for a file found through <c>extends:</c> or a <c>file:</c> reference.</summary>
    public SourceDocument Document(string fullPath) =>
        fullPath == Root.FullPath
            ? Root
            : new SourceDocument(fullPath, _absoluteDisplay ? fullPath : Path.GetRelativePath(_workingDirectory, fullPath));

    /// <summary>
    /// Reads the file named by <paramref name="reference"/> (relative to the file holding it), or
    /// records why it cannot be read at the reference and returns null.
    /// </summary>
    public string? ReadReferenced(SourceScalar reference, string fieldPath, out SourceDocument document)
    {
        if (reference.Position.Document.PathProblem(reference.Value) is { } unusable)
        {
            Error(reference.Position, fieldPath, unusable, "a path relative to this file, e.g. data/partners.csv");
            document = reference.Position.Document;
            return null;
        }

        document = Document(reference.Position.Document.Resolve(reference.Value));
        var problem = ReadFile(document.FullPath, out var text);
        if (problem is not null)
        {
            Error(reference.Position, fieldPath, $"{problem}: {document.DisplayPath}");
        }

        return text;
    }

    /// <summary>Every file read so far (scenario, bases, tables), full paths in reading order, once each.</summary>
    public IReadOnlyList<string> FilesRead => _filesRead;

    /// <summary>Reads a file like <see cref="TryRead"/> and remembers it for the run manifest's hashes.</summary>
    public string? ReadFile(string fullPath, out string? text)
    {
        var problem = TryRead(fullPath, out text);
        if (problem is null && !_filesRead.Contains(fullPath))
        {
            _filesRead.Add(fullPath);
        }

        return problem;
    }

    /// <summary>
    /// Reads a file of at most <see cref="ScenarioLimits.MaxFileBytes"/> (UTF-8, or as its byte-order
    /// mark says); returns null and a reason ("file not found", "file too large", …) when it cannot.
    /// The size is checked while reading, so a device or a growing file cannot make it read forever.
    /// </summary>
    public static string? TryRead(string fullPath, out string? text)
    {
        text = null;
        try
        {
            if (Directory.Exists(fullPath))
            {
                return "this is a folder, not a file";
            }

            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024);
            var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > ScenarioLimits.MaxFileBytes)
                {
                    return $"file too large (more than {ScenarioLimits.MaxFileBytes / (1024 * 1024)} MiB; scenario and data files are limited to {ScenarioLimits.MaxFileBytes / (1024 * 1024)} MiB)";
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            using var reader = new StreamReader(buffer, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
            return null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return "file not found";
        }
        catch (UnauthorizedAccessException)
        {
            return "file cannot be read (access denied)";
        }
        catch (IOException e)
        {
            return $"file cannot be read ({e.Message})";
        }
    }

    /// <summary>
    /// The errors, without duplicates (a YAML alias can repeat a node), the root file first and
    /// each file's errors by position.
    /// </summary>
    public IReadOnlyList<ScenarioError> SortedErrors()
    {
        var fileOrder = new Dictionary<string, int> { [Root.DisplayPath] = 0 };
        foreach (var error in _errors)
        {
            fileOrder.TryAdd(error.File, fileOrder.Count);
        }

        var sorted = _errors
            .Distinct()
            .OrderBy(e => fileOrder[e.File])
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ToList();
        if (ErrorCount > _errors.Count)
        {
            sorted.Add(new ScenarioError(Root.DisplayPath, 1, 1, "", $"{ErrorCount - _errors.Count:N0} more problems not shown; fix the ones above first", $"at most {ScenarioLimits.MaxReportedErrors} problems are listed"));
        }

        return sorted;
    }
}
