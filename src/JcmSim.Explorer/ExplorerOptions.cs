using System.Net;
using JcmSim.Runs.Engines;

namespace JcmSim.Explorer;

/// <summary>The validated options of <c>jcmsim serve</c>.</summary>
public sealed record ExplorerOptions
{
    /// <summary>The default port.</summary>
    public const int DefaultPort = 8642;

    /// <summary>Trials per block of the explorer's estimates at most: the command line's measured optimum; results do not depend on it.</summary>
    public const int MaxBlockSize = 128;

    /// <summary>The default trial cap of one estimate.</summary>
    public const int DefaultTrialCap = 4096;

    /// <summary>The folder of scenarios the page offers.</summary>
    public required string ScenariosFolder { get; init; }

    /// <summary>The address to listen on; loopback by default. Any other address requires the access token.</summary>
    public IPAddress Host { get; init; } = IPAddress.Loopback;

    /// <summary>The port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The page's language at first: "en" or "ja".</summary>
    public string Language { get; init; } = "en";

    /// <summary>Where trials run: the embedded silo (default), in-process or a cluster.</summary>
    public EngineChoice Engine { get; init; } = EngineChoice.Embedded;

    /// <summary>The default precision: an estimate stops once every target probability's 95% interval is within ±1 point.</summary>
    public const double DefaultPrecision = 0.01;

    /// <summary>The most trials one estimate runs.</summary>
    public int TrialCap { get; init; } = DefaultTrialCap;

    /// <summary>
    /// The half-width of every target probability's 95% interval at which an estimate stops before
    /// the cap, when the request names none (<c>jcmsim run --precision</c>'s rule); 0 runs every estimate to the cap.
    /// </summary>
    public double Precision { get; init; } = DefaultPrecision;

    /// <summary>
    /// Trials of an estimate's first update, doubling after: a power of two from 16 to 256. The
    /// default, 256, gives the first probabilities a 95% interval of about ±6 points at worst.
    /// </summary>
    public int FirstWaveTrials { get; init; } = 256;

    /// <summary>The largest request body, bytes; larger ones get 413.</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Waves that may wait in the shared queue.</summary>
    public int QueueCapacity { get; init; } = 256;

    /// <summary>Sessions that may estimate at once.</summary>
    public int MaxSessions { get; init; } = 256;

    /// <summary>
    /// The folder the page's command line is written for: it names the scenarios relative to it. The current
    /// directory (where <c>jcmsim serve</c> was started) unless an embedding host says otherwise.
    /// </summary>
    public string? CommandFolder { get; init; }

    /// <summary>True when <see cref="Host"/> is not a loopback address: requests then need the access token.</summary>
    public bool RequiresToken => !IPAddress.IsLoopback(Host);
}
