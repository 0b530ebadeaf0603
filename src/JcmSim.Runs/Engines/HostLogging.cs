using JcmSim.Grains.Hosting;
using Microsoft.Extensions.Logging;

namespace JcmSim.Runs.Engines;

/// <summary>
/// The log of the hosts in this process (the engines' silo or cluster client), for a front end that
/// hosts something of its own beside them (the explorer's web server): its warnings join theirs in
/// the same files, off the console. The front ends reach it here, through the application layer.
/// </summary>
public static class HostLogging
{
    /// <summary>The process's host log as a logging provider.</summary>
    public static ILoggerProvider Provider => HostLog.Shared;
}
