using System.Security.Cryptography;

namespace JcmSim.Analysis.Results;

/// <summary>
/// An output folder written atomically: files go to a temporary sibling folder
/// (<c>&lt;out&gt;.tmp-&lt;random&gt;</c>) that <see cref="Commit"/> renames to <c>&lt;out&gt;</c>, so a
/// reader never sees a half-written result and a failed run leaves nothing behind (DESIGN.md §5.5).
/// </summary>
/// <remarks>
/// Disposing without <see cref="Commit"/> deletes the temporary folder. The rename is atomic when the
/// temporary folder and <c>&lt;out&gt;</c> share a file system, which being siblings guarantees.
/// Replacing an existing folder (<c>force</c>) moves it aside, renames the new one into place and then
/// deletes the old one, restoring it if the rename fails.
/// </remarks>
public sealed class ResultFolder : IDisposable
{
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
    /// <paramref name="outDir"/> is a file, or exists and is not empty while <paramref name="force"/> is false,
    /// or the temporary folder cannot be created.
    /// </exception>
    public static ResultFolder Create(string outDir, bool force)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        var finalPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        if (File.Exists(finalPath))
        {
            throw new OutputFolderException($"The output folder '{outDir}' is a file; choose a folder path.");
        }

        if (!force && IsNonEmptyFolder(finalPath))
        {
            throw new OutputFolderException(
                $"The output folder '{outDir}' already exists and is not empty; choose another folder or pass --force to replace it.");
        }

        var tempPath = $"{finalPath}.tmp-{RandomSuffix()}";
        try
        {
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
        if (!_committed && Directory.Exists(TempPath))
        {
            Directory.Delete(TempPath, recursive: true);
        }
    }

    private void ReplaceExisting()
    {
        var aside = $"{FinalPath}.old-{RandomSuffix()}";
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
}
