namespace JcmSim.Cluster.Tests.Support;

/// <summary>Starts the built CLI as its own process: <c>dotnet jcmsim.dll ARGS</c>.</summary>
internal static class JcmSimProcess
{
    public static ChildProcess Start(string name, params string[] arguments) =>
        ChildProcess.Start(name, DotnetHost(), [Repository.CliDll, .. arguments]);

    // The host running these tests (set by the SDK for its child processes), else the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
