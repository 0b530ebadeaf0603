using System.Text.RegularExpressions;

namespace JcmSim.Explorer;

/// <summary>
/// The scenario folder the explorer serves (<c>--scenarios DIR</c>): the page names scenarios by
/// file name without <c>.yaml</c>, and only names found in this folder are ever turned into paths,
/// so a request can reach no other file (no <c>../</c>, no absolute path).
/// </summary>
internal sealed partial class ScenarioFolder
{
    /// <summary>Creates the folder; it must exist.</summary>
    public ScenarioFolder(string path)
    {
        FullPath = Path.GetFullPath(path);
        if (!Directory.Exists(FullPath))
        {
            throw new Runs.BadInputException($"--scenarios {path}: no such folder (allowed: a folder of scenario YAML files, e.g. scenarios).");
        }
    }

    /// <summary>The folder's absolute path.</summary>
    public string FullPath { get; }

    /// <summary>The scenario names of the folder, sorted: every <c>NAME.yaml</c> whose name is a plain identifier.</summary>
    public IReadOnlyList<string> Names() => Directory.EnumerateFiles(FullPath, "*.yaml", SearchOption.TopDirectoryOnly)
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .Where(IsPlainName)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The file of scenario <paramref name="name"/> when the folder has it.</summary>
    public bool TryResolve(string name, out string path)
    {
        path = "";
        if (!IsPlainName(name) || !Names().Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        path = Path.Combine(FullPath, name + ".yaml");
        return true;
    }

    /// <summary>Letters, digits, '-' and '_', starting with a letter or digit, at most 100 characters.</summary>
    public static bool IsPlainName(string name) => PlainName().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();
}
