using System.Net;
using System.Text.RegularExpressions;
using JcmSim.Cli.Tests.Support;
using Spectre.Console.Testing;

namespace JcmSim.Cli.Tests;

/// <summary><c>jcmsim serve</c>: prints the URL, serves until cancelled (Ctrl-C), then stops cleanly; bad options exit 2.</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_the_url_serves_the_page_and_stops_cleanly_when_cancelled()
    {
        // Given jcmsim serve on a free port of loopback
        var console = new TestConsole();
        console.Profile.Width = 240;
        var error = new StringWriter();
        using var temp = new TempDirectory();
        var log = temp.Combine("serve.log");
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(() => JcmSimApp.RunAsync(
            ["serve", "--port", "0", "--in-process", "--scenarios", Path.Combine(Repository.Root, "scenarios"), "--log", log], console, error, stop.Token));

        // When the URL is printed and asked for the page and the scenarios
        Match url;
        using (var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            while (!(url = Url().Match(console.Output)).Success)
            {
                Assert.False(serving.IsCompleted, $"serve ended early: {error}");
                await Task.Delay(50, deadline.Token);
            }
        }

        using var client = new HttpClient { BaseAddress = new Uri(url.Value) };
        using var page = await client.GetAsync("/");
        var scenarios = await client.GetStringAsync("api/scenarios");
        await stop.CancelAsync();
        var code = await serving;

        // Then it answered, and Ctrl-C ends it with exit code 0
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("\"baseline\"", scenarios, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("Stopped.", console.Output, StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_real_signal_stops_the_server_on_the_embedded_silo_with_exit_0(string signal)
    {
        // Given the real jcmsim process serving on the embedded silo (the default engine)
        using var temp = new TempDirectory();
        var log = temp.Combine("serve.log");
        using var serve = Robustness.JcmsimProcess.Start("serve", "--port", "0", "--scenarios", Path.Combine(Repository.Root, "scenarios"), "--log", log);
        Assert.True(serve.WaitUntil(() => Url().IsMatch(serve.Output), TimeSpan.FromMinutes(2)), $"no URL\nstdout:\n{serve.Output}\nstderr:\n{serve.Error}");
        using var client = new HttpClient { BaseAddress = new Uri(Url().Match(serve.Output).Value) };
        Assert.Contains("\"baseline\"", await client.GetStringAsync("api/scenarios"), StringComparison.Ordinal);

        // When Ctrl-C (or SIGTERM) arrives
        serve.Signal(signal);
        var code = serve.WaitForExit(TimeSpan.FromMinutes(1));

        // Then the server and its silo stop cleanly
        Assert.True(code == 0, $"exit {code}\nstdout:\n{serve.Output}\nstderr:\n{serve.Error}");
        Assert.Contains("Stopped.", serve.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", serve.Error, StringComparison.Ordinal);

        // And the runtime's warnings, if any, went to the log file it named, not to the console
        Assert.Contains($"Warnings are logged to {log}.", serve.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(log), log);
        Assert.DoesNotContain("Orleans", serve.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--host", "example.org", "--host 'example.org' is not an IP address")]
    [InlineData("--port", "70000", "--port 70000 is out of range (allowed: 0–65535)")]
    [InlineData("--lang", "fr", "fr")]
    [InlineData("--scenarios", "/no/such/folder", "--scenarios /no/such/folder: no such folder")]
    [InlineData("--precision", "0.9", "--precision 0.9 is out of range (allowed: 0 to run to --max-trials, or a half-width of 0.0005–0.25)")]
    public void Bad_options_exit_2_with_one_clear_message(string option, string value, string message)
    {
        string[] port = option == "--port" ? [] : ["--port", "0"];

        var run = CliRun.Invoke(["serve", option, value, "--in-process", .. port]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_every_option()
    {
        var run = CliRun.Invoke("serve", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--port", "--scenarios", "--host", "--lang", "--cluster", "--in-process", "--max-trials", "--precision" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Url();
}
