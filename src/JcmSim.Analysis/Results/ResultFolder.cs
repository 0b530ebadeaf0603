using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace JcmSim.Analysis.Results;

/// <summary>
/// An output folder written atomically: files go to a hidden temporary sibling folder
/// (<c>.&lt;name&gt;.jcmsim-partial.&lt;host&gt;.&lt;pid&gt;.&lt;random&gt;</c>) that <see cref="Commit"/>
/// renames to <c>&lt;out&gt;</c>, so a reader never sees a half-written result and a failed or
/// interrupted run leaves no folder that looks like one (README "The command line": bad input).
/// </summary>
/// <remarks>
/// <para>Disposing without <see cref="Commit"/> deletes the temporary folder. The rename is atomic when
/// the temporary folder and <c>&lt;out&gt;</c> share a file system, which being siblings guarantees.
/// Replacing an existing folder (<c>force</c>) moves it aside to a hidden
/// <c>.&lt;name&gt;.jcmsim-replaced.…</c> sibling, renames the new one into place and then deletes the
/// old one, restoring it if the rename fails.</para>
/// <para>A run killed outright (SIGKILL, power loss) cannot clean up, but its temporary folder is
/// hidden, marked as partial and named after the host and process that made it. The next
/// <see cref="Create"/> in the same parent folder removes such leftovers when that process is gone
/// (same host, process id no longer running); a result moved aside by a killed <c>--force</c> run is
/// put back when nothing replaced it. Folders of live processes and of other hosts are never touched.</para>
/// </remarks>
public sealed partial class ResultFolder : IDisposable
{
    /// <summary>Marks the hidden folder a run writes into before it commits.</summary>
    public const string PartialMarker = "jcmsim-partial";

    /// <summary>Marks the hidden folder an existing result is moved to while <c>--force</c> replaces it.</summary>
    public const string ReplacedMarker = "jcmsim-replaced";

    private static readonly string Host = HostRegex().Replace(Environment.MachineName, "-") is { Length: > 0 } host ? host : "localhost";
    private readonly bool _force;
    private bool _committed;
    private bool _disposed;

    private ResultFolder(string finalPath, string tempPath, bool force)
    {
        FinalPath = finalPath;
        TempPath = tempPath;
        _force = force;
    }

    /// <summary>The temporary folder to write the results into.</summary>
    public string TempPath { get; }

    /// <summary>The folder the results will have after <see cref="Commit"/>, as an absolute path.</summary>
    public string FinalPath { get; }

    /// <summary>
    /// Creates the temporary folder for results that will be committed to <paramref name="outDir"/>.
    /// </summary>
    /// <param name="outDir">The output folder; its parent folders are created when missing.</param>
    /// <param name="force">Replace <paramref name="outDir"/> on <see cref="Commit"/> if it exists and is not empty.</param>
    /// <exception cref="OutputFolderException">
    /// <paramref name="outDir"/> is empty, not a usable path or the root folder; is a file; or exists and is
    /// not empty while <paramref name="force"/> is false; or the temporary folder cannot be created.
    /// </exception>
    public static ResultFolder Create(string outDir, bool force)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        string finalPath;
        try
        {
            finalPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputFolderException($"The output folder '{outDir}' is not a usable path: {e.Message}", e);
        }

        if (outDir.Trim().Length == 0 || Path.GetFileName(finalPath).Length == 0)
        {
            throw new OutputFolderException($"The output folder '{outDir}' is not a usable path; name a folder, e.g. --out results/baseline.");
        }

        if (File.Exists(finalPath))
        {
            throw new OutputFolderException($"The output folder '{outDir}' is a file; choose a folder path.");
        }

        if (!force && IsNonEmptyFolder(finalPath))
        {
            throw new OutputFolderException(
                $"The output folder '{outDir}' already exists and is not empty; choose another folder or pass --force to replace it.");
        }

        var tempPath = SiblingPath(finalPath, PartialMarker);
        try
        {
            RemoveStaleSiblings(Path.GetDirectoryName(finalPath));
            Directory.CreateDirectory(tempPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"Cannot create a folder next to '{outDir}': {e.Message}", e);
        }

        return new ResultFolder(finalPath, tempPath, force);
    }

    /// <summary>Renames the temporary folder to <see cref="FinalPath"/>, replacing it when created with force.</summary>
    /// <exception cref="InvalidOperationException">Already committed or disposed.</exception>
    /// <exception cref="OutputFolderException"><see cref="FinalPath"/> became a file or a non-empty folder meanwhile and force was not given.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("The result folder has already been committed.");
        }

        if (File.Exists(FinalPath))
        {
            throw new OutputFolderException($"The output folder '{FinalPath}' is a file; choose a folder path.");
        }

        if (!Directory.Exists(FinalPath))
        {
            Directory.Move(TempPath, FinalPath);
        }
        else if (!IsNonEmptyFolder(FinalPath))
        {
            // An empty folder is replaced without force: nothing is lost.
            Directory.Delete(FinalPath);
            Directory.Move(TempPath, FinalPath);
        }
        else if (!_force)
        {
            throw new OutputFolderException(
                $"The output folder '{FinalPath}' already exists and is not empty; choose another folder or pass --force to replace it.");
        }
        else
        {
            ReplaceExisting();
        }

        _committed = true;
    }

    /// <summary>Deletes the temporary folder unless <see cref="Commit"/> succeeded.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_committed)
        {
            TryDelete(TempPath);
        }
    }

    /// <summary>
    /// Removes leftovers of killed runs in <paramref name="parent"/>: partial folders whose process
    /// (on this host) is gone are deleted; a result moved aside by such a run is restored when its
    /// folder is free again, deleted otherwise. Anything that cannot be removed now is left for later.
    /// </summary>
    /// <param name="parent">The folder holding output folders; nothing happens when it is null or absent.</param>
    public static void RemoveStaleSiblings(string? parent)
    {
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        foreach (var path in Directory.EnumerateDirectories(parent, ".*.jcmsim-*"))
        {
            var match = SiblingRegex().Match(Path.GetFileName(path));
            if (!match.Success || match.Groups["host"].Value != Host
                || !int.TryParse(match.Groups["pid"].Value, out var pid) || pid == Environment.ProcessId || IsRunning(pid))
            {
                continue;
            }

            var final = Path.Combine(parent, match.Groups["name"].Value);
            if (match.Groups["kind"].Value == ReplacedMarker && !Directory.Exists(final) && !File.Exists(final))
            {
                try
                {
                    Directory.Move(path, final);
                }
                catch (IOException)
                {
                    // Another run is cleaning up or has just taken the name: leave it.
                }
            }
            else
            {
                TryDelete(path);
            }
        }
    }

    private void ReplaceExisting()
    {
        var aside = SiblingPath(FinalPath, ReplacedMarker);
        Directory.Move(FinalPath, aside);
        try
        {
            Directory.Move(TempPath, FinalPath);
        }
        catch
        {
            Directory.Move(aside, FinalPath);
            throw;
        }

        Directory.Delete(aside, recursive: true);
    }

    private static bool IsNonEmptyFolder(string path) =>
        Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any();

    private static string RandomSuffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    // .<name>.<marker>.<host>.<pid>.<random>, next to <finalPath>: hidden, and never taken for a result.
    private static string SiblingPath(string finalPath, string marker) =>
        Path.Combine(
            Path.GetDirectoryName(finalPath) ?? "",
            $".{Path.GetFileName(finalPath)}.{marker}.{Host}.{Environment.ProcessId}.{RandomSuffix()}");

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden partial folder is harmless and removed by a later run.
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.(?<kind>jcmsim-partial|jcmsim-replaced)\.(?<host>[^.]+)\.(?<pid>[0-9]+)\.(?<random>[0-9a-f]{12})$")]
    private static partial Regex SiblingRegex();

    [GeneratedRegex(@"[^A-Za-z0-9_-]")]
    private static partial Regex HostRegex();
}
