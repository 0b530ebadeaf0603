using System.Globalization;
using Microsoft.Extensions.Logging;

namespace JcmSim.Grains.Hosting;

/// <summary>
/// Where the log lines of the hosts in this process go (the embedded silo, the cluster client, the
/// explorer's web server): to the files attached with <see cref="WriteTo"/> (a run's
/// <c>jcmsim.log</c>, the explorer's log), and to standard error only when <see cref="Echo"/> is
/// set (<c>--verbose</c>). A planner's console shows the command's own output, not the runtime's
/// health notes ("local health is degraded … thread pool execution stalled" on a busy machine).
/// </summary>
/// <remarks>
/// One log for the process, not one per run: a silo's threads do not carry the run they serve, and
/// an engine can serve several runs (notebooks, the explorer). A file attached while two runs share
/// the process holds what either logged in that time. The hosts' own filters choose the levels.
/// </remarks>
public sealed class HostLog : ILoggerProvider
{
    private readonly object _gate = new();
    private readonly List<StreamWriter> _files = [];
    private readonly List<HeldLines> _held = [];
    private readonly TextWriter? _echoTo;
    private volatile bool _echo;

    /// <summary>A log that echoes to <paramref name="echoTo"/> when <see cref="Echo"/> is set; null for the process's standard error.</summary>
    public HostLog(TextWriter? echoTo = null) => _echoTo = echoTo;

    /// <summary>The log every host of this process writes to.</summary>
    public static HostLog Shared { get; } = new();

    /// <summary>Also write every line to standard error (the CLI's <c>--verbose</c>).</summary>
    public bool Echo
    {
        get => _echo;
        set => _echo = value;
    }

    /// <summary>Appends every line logged from now until the returned handle is disposed to <paramref name="path"/> (created, empty, if nothing is logged).</summary>
    /// <param name="path">The log file.</param>
    /// <param name="held">Lines held since before the file could exist (a silo started while the run's input was checked), written first and no longer held; null for none.</param>
    public IDisposable WriteTo(string path, HeldLines? held = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        lock (_gate)
        {
            if (held is not null && _held.Remove(held))
            {
                foreach (var line in held.Lines)
                {
                    file.WriteLine(line);
                }
            }

            _files.Add(file);
        }

        return new Attached(this, file);
    }

    /// <summary>Keeps every line logged from now in memory until <see cref="WriteTo"/> writes them to a file or the handle is disposed.</summary>
    public HeldLines Hold()
    {
        var held = new HeldLines(this);
        lock (_gate)
        {
            _held.Add(held);
        }

        return held;
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>Nothing to release: the hosts that add this log share it, and attached files are closed by their handles.</summary>
    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            foreach (var file in _files)
            {
                file.WriteLine(line);
            }

            foreach (var held in _held)
            {
                held.Lines.Add(line);
            }

            if (_echo)
            {
                var echo = _echoTo ?? Console.Error;
                echo.WriteLine(line);
                echo.Flush();
            }
        }
    }

    private void Release(HeldLines held)
    {
        lock (_gate)
        {
            _held.Remove(held);
        }
    }

    private void Detach(StreamWriter file)
    {
        lock (_gate)
        {
            _files.Remove(file);
        }

        file.Dispose();
    }

    private static string Format(string category, LogLevel level, EventId eventId, string message, Exception? exception)
    {
        var time = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var name = level switch
        {
            LogLevel.Trace => "trace",
            LogLevel.Debug => "debug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "error",
            _ => "critical",
        };
        var line = $"{time} {name} {category}[{eventId.Id}] {message}";
        return exception is null ? line : line + Environment.NewLine + exception;
    }

    private sealed class Logger(HostLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                log.Write(Format(category, logLevel, eventId, formatter(state, exception), exception));
            }
        }
    }

    /// <summary>Lines kept in memory by <see cref="Hold"/>; disposing drops them.</summary>
    public sealed class HeldLines : IDisposable
    {
        private readonly HostLog _log;

        internal HeldLines(HostLog log) => _log = log;

        internal List<string> Lines { get; } = [];

        /// <summary>Stops holding lines and drops those held.</summary>
        public void Dispose() => _log.Release(this);
    }

    private sealed class Attached(HostLog log, StreamWriter file) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                log.Detach(file);
            }
        }
    }
}
