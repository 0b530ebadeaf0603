using System.Reflection;

namespace JcmSim.Runs;

/// <summary>The JcmSim version every front end writes into manifests and chart footers.</summary>
public static class JcmSimVersion
{
    /// <summary>The informational version without its source-revision suffix, e.g. "0.1.0".</summary>
    public static string Current { get; } =
        typeof(JcmSimVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
