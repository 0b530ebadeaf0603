using System.Diagnostics;
using System.Globalization;

namespace JcmSim.Cli.Console;

/// <summary>Trials done, rate and time left, formatted the same way for the terminal and for logs.</summary>
public sealed class ProgressText
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Scenario name.</summary>
    public string Scenario { get; private set; } = "";

    /// <summary>Trials planned.</summary>
    public int Total { get; private set; }

    /// <summary>Trials done.</summary>
    public int Done { get; private set; }

    /// <summary>Starts counting a scenario.</summary>
    public void Start(string scenario, int total)
    {
        Scenario = scenario;
        Total = total;
        Done = 0;
        _clock.Restart();
    }

    /// <summary>Raises the trials planned.</summary>
    public void Extend(int total) => Total = Math.Max(Total, total);

    /// <summary>Counts finished trials.</summary>
    public void Advance(int trials) => Done += trials;

    /// <summary>Trials per second so far.</summary>
    public double Rate => Done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);

    /// <summary>A line such as <c>baseline: 4,096/20,000 trials (20%) · 8,120 trials/s · ETA 2 s</c>.</summary>
    public string Line()
    {
        var percent = Total == 0 ? 100 : 100.0 * Done / Total;
        var eta = Rate > 0 ? (Total - Done) / Rate : double.NaN;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Scenario}: {Done:N0}/{Total:N0} trials ({percent:F0}%) · {Rate:N0} trials/s · ETA {(double.IsNaN(eta) ? "?" : eta.ToString("F0", CultureInfo.InvariantCulture))} s");
    }
}
