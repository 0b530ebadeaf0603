using System.Diagnostics;
using System.Text;

namespace JcmSim.Cli.Tests.Robustness;

/// <summary>
/// The built <c>jcmsim</c> command (the CLI's dll beside the test binaries, run with <c>dotnet</c>)
/// as a real child process, so tests can send it real signals with <c>kill</c>.
/// </summary>
internal sealed class JcmsimProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private JcmsimProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Output => Read(_output);

    public string Error => Read(_error);

    /// <summary>Starts <c>dotnet jcmsim.dll</c> with <paramref name="args"/>, SIGINT at its default disposition.</summary>
    /// <remarks>
    /// A process started with SIGINT ignored keeps ignoring it, and .NET then installs no handler
    /// for it (the Unix convention for background jobs). The test host inherits an ignored SIGINT
    /// whenever <c>dotnet test</c> runs in the background of a non-interactive shell (<c>cmd &amp;</c>,
    /// <c>nohup</c>, some CI runners), and passed it on to jcmsim, so the SIGINT tests failed there
    /// after their whole timeout. <c>env --default-signal=INT</c> gives jcmsim the disposition a
    /// terminal's Ctrl-C meets, whatever the test host inherited.
    /// </remarks>
    public static JcmsimProcess Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts <c>dotnet jcmsim.dll</c> with <paramref name="args"/> and the environment variables <paramref name="environment"/> added.</summary>
    public static JcmsimProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "jcmsim.dll");
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new JcmsimProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Sends <paramref name="signal"/> (INT, TERM, KILL) with the <c>kill</c> command.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -{signal} {Id} failed");
    }

    /// <summary>Waits until <paramref name="condition"/> holds; false after <paramref name="timeout"/> or when the process ended first.</summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            if (_process.HasExited)
            {
                return condition();
            }

            Thread.Sleep(50);
        }

        return false;
    }

    /// <summary>The exit code once the process ends; fails the test (and kills it) after <paramref name="timeout"/>.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"jcmsim did not end within {timeout.TotalSeconds:F0} s.\nstdout:\n{Output}\nstderr:\n{Error}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
