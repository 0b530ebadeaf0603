using System.Diagnostics;
using System.Text;

namespace JcmSim.Cluster.Tests.Support;

/// <summary>
/// A process started by a test: its output is collected line by line (for waiting on a line and
/// for failure messages), and it is killed on dispose if still running.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>Longest any test process may live: far beyond a test run, short enough not to linger for long.</summary>
    public static readonly TimeSpan LifetimeLimit = TimeSpan.FromMinutes(15);

    private const string TimeoutTool = "/usr/bin/timeout";
    private readonly Process _process;
    private readonly Lock _lock = new();
    private readonly StringBuilder _all = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource<string> Found)> _waiters = [];
    private int _closedStreams;

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Standard output and error so far, interleaved, each line marked with its stream.</summary>
    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _all.ToString();
            }
        }
    }

    /// <summary>Standard output so far.</summary>
    public string StandardOutput
    {
        get
        {
            lock (_lock)
            {
                return _standardOutput.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="fileName"/> with <paramref name="arguments"/>, output redirected.
    /// Under coreutils' <c>timeout</c>, so the process is SIGKILLed after <see cref="LifetimeLimit"/>
    /// even if the test host itself dies and cannot clean up.
    /// </summary>
    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments)
    {
        string[] command = File.Exists(TimeoutTool)
            ? ["--signal=KILL", ((int)LifetimeLimit.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), fileName, .. arguments]
            : [.. arguments];
        var info = new ProcessStartInfo(File.Exists(TimeoutTool) ? TimeoutTool : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, standardOutput: true);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, standardOutput: false);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for a line (already printed or to come) that <paramref name="matches"/>.</summary>
    /// <exception cref="TimeoutException">No such line within <paramref name="timeout"/>, or the process exited first; the message holds its output.</exception>
    public async Task<string> WaitForLineAsync(Func<string, bool> matches, TimeSpan timeout, string what)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            var existing = _all.ToString().Split('\n').Select(l => l.Length > 4 ? l[4..] : l).FirstOrDefault(matches);
            if (existing is not null)
            {
                return existing;
            }

            if (_closedStreams == 2)
            {
                throw new TimeoutException($"{Name} ended before printing {what}:\n{_all}");
            }

            _waiters.Add((matches, found));
        }

        try
        {
            return await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} printed no {what} within {timeout.TotalSeconds:F0} s:\n{Output}");
        }
    }

    /// <summary>Waits for the process to exit and returns its exit code.</summary>
    /// <exception cref="TimeoutException">Still running after <paramref name="timeout"/>; the message holds its output.</exception>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} still running after {timeout.TotalSeconds:F0} s:\n{Output}");
        }

        // The exit can be seen before the last output lines: WaitForExit without a timeout drains them.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL to the process (and its <c>timeout</c> wrapper): it gets no chance to clean up.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            Kill();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void OnLine(string? line, bool standardOutput)
    {
        if (line is null)
        {
            OnStreamClosed();
            return;
        }

        List<TaskCompletionSource<string>> matched = [];
        lock (_lock)
        {
            _all.Append(standardOutput ? "out " : "err ").Append(line).Append('\n');
            if (standardOutput)
            {
                _standardOutput.Append(line).Append('\n');
            }

            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Matches(line))
                {
                    matched.Add(_waiters[i].Found);
                    _waiters.RemoveAt(i);
                }
            }
        }

        foreach (var found in matched)
        {
            found.TrySetResult(line);
        }
    }

    private void OnStreamClosed()
    {
        // Both streams closed: the process has ended and every line it printed has been seen.
        List<TaskCompletionSource<string>> waiting;
        lock (_lock)
        {
            if (++_closedStreams < 2)
            {
                return;
            }

            waiting = [.. _waiters.Select(w => w.Found)];
            _waiters.Clear();
        }

        foreach (var found in waiting)
        {
            found.TrySetException(new TimeoutException($"{Name} exited before printing the line waited for:\n{Output}"));
        }
    }
}
