using System.Diagnostics;
using System.Globalization;

namespace JcmSim.Runs;

/// <summary>
/// Where a run's wall time goes, phase by phase (process start-up, loading, silo start, simulation,
/// result files, charts, report and workbook), for <c>--verbose</c>: the fixed cost of a short run is
/// what a planner waits for, and these name what to cut. Phases that overlap are timed each on its own.
/// </summary>
public sealed class RunTimings
{
    private readonly object _gate = new();
    private readonly List<(string Phase, double Seconds)> _phases = [];

    /// <summary>Seconds from the process's start to now (start-up and JIT before the run began).</summary>
    public static double SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalSeconds;
    }

    /// <summary>Records that <paramref name="phase"/> took <paramref name="seconds"/>.</summary>
    public void Add(string phase, double seconds)
    {
        lock (_gate)
        {
            _phases.Add((phase, seconds));
        }
    }

    /// <summary>Records the time <paramref name="clock"/> has run as <paramref name="phase"/>.</summary>
    public void Add(string phase, Stopwatch clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Add(phase, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The process's CPU time so far, and the time spent in the JIT and the methods it compiled at run time (what the
    /// ReadyToRun images did not cover), e.g. "process CPU 3.10 s, JIT 0.84 s for 9,870 methods". The JIT's time is summed
    /// over threads and counts the time they waited for a core, so on a busy machine it can exceed the CPU time.
    /// </summary>
    public static string ProcessWork()
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"process CPU {process.TotalProcessorTime.TotalSeconds:F2} s, JIT {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s for {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods");
    }

    /// <summary>"phase 0.42 s, phase 1.20 s, …" in the order recorded.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join(", ", _phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Seconds:F2} s")));
        }
    }
}
