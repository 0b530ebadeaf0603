namespace JcmSim.Cluster.Tests.Support;

/// <summary>A <c>jcmsim silo</c> process of the test cluster and the ports it was given (dashboard: null for none).</summary>
internal sealed record SiloNode(ChildProcess Process, int SiloPort, int GatewayPort, int? DashboardPort);
