using System.Security.Cryptography;

namespace JcmSim.Analysis.Results;

/// <summary>The SHA-256 of one input file of a scenario (the scenario, a base it extends, a CSV it references).</summary>
/// <param name="Path">The file's path as the user gave it or as resolved relative to the scenario.</param>
/// <param name="Sha256">Lower-case hexadecimal SHA-256 of the file's bytes.</param>
public sealed record ScenarioFileHash(string Path, string Sha256)
{
    /// <summary>Hashes the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file to hash; recorded as given.</param>
    public static ScenarioFileHash Of(string path)
    {
        using var stream = File.OpenRead(path);
        return new ScenarioFileHash(path, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
