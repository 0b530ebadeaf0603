using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace JcmSim.Charts.Tests.Support;

/// <summary>
/// Opens a page in headless Chromium (Debian's chromium, installed by .ci/setup) through a tiny
/// Chrome DevTools Protocol client on 127.0.0.1: collects console errors, uncaught exceptions,
/// failed loads and every network request, and takes a full-page screenshot.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _pending = new();
    private readonly ConcurrentQueue<JsonNode> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiver = Task.CompletedTask;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Path of the browser, or a clear failure when it is not installed.</summary>
    public static string Executable =>
        Candidates.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is not installed (looked for " + string.Join(", ", Candidates) + "); run 'bash .ci/setup' to install Debian's chromium.");

    /// <summary>Loads <paramref name="url"/>, waits for the load event and a short settle, screenshots the full page to <paramref name="screenshotPath"/>.</summary>
    public static async Task<PageReport> OpenAsync(string url, string screenshotPath, int width = 1280)
    {
        await using var browser = await StartAsync();
        return await browser.VisitAsync(url, screenshotPath, width);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var close = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                await SendAsync("Browser.close", null, null).WaitAsync(close.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or TimeoutException or InvalidOperationException)
        {
            // The browser is killed below anyway.
        }

        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _receiver.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Expected when the connection closes.
        }

        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A helper process may still hold a file for a moment; the temp folder is cleaned later.
        }
    }

    private static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Path.Combine(Path.GetTempPath(), "jcmsim-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            var endpoint = await ReadEndpointAsync(profile, process);
            await browser._socket.ConnectAsync(endpoint, CancellationToken.None).WaitAsync(Timeout);
            browser._receiver = Task.Run(browser.ReceiveAsync);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    private static async Task<Uri> ReadEndpointAsync(string profile, Process process)
    {
        // With --remote-debugging-port=0 Chromium picks a free port and writes it, with the browser's
        // websocket path, to DevToolsActivePort in the profile folder.
        var file = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before opening its debugging port.");
            }

            if (File.Exists(file))
            {
                var lines = (await File.ReadAllLinesAsync(file)).Where(l => l.Length > 0).ToArray();
                if (lines.Length >= 2)
                {
                    return new Uri($"ws://127.0.0.1:{lines[0]}{lines[1]}");
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Chromium did not open its debugging port.");
    }

    private async Task<PageReport> VisitAsync(string url, string screenshotPath, int width)
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null);
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, null);
        var session = attached["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Runtime.enable", "Log.enable", "Network.enable", "Page.enable" })
        {
            await SendAsync(domain, null, session);
        }

        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false }, session);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url }, session);
        var clock = Stopwatch.StartNew();
        while (!_events.Any(e => e["method"]?.GetValue<string>() == "Page.loadEventFired"))
        {
            if (clock.Elapsed > Timeout)
            {
                throw new TimeoutException($"{url} did not finish loading.");
            }

            await Task.Delay(25);
        }

        // Late console messages (e.g. from timers) arrive shortly after the load event.
        await Task.Delay(300);
        var metrics = await SendAsync("Page.getLayoutMetrics", null, session);
        var content = metrics["cssContentSize"] ?? metrics["contentSize"]!;
        var height = (int)Math.Min(Math.Ceiling(content["height"]!.GetValue<double>()), 30_000);
        var shot = await SendAsync(
            "Page.captureScreenshot",
            new JsonObject
            {
                ["format"] = "png",
                ["captureBeyondViewport"] = true,
                ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = height, ["scale"] = 1 },
            },
            session);
        await File.WriteAllBytesAsync(screenshotPath, Convert.FromBase64String(shot["data"]!.GetValue<string>()));
        var svgs = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = "document.querySelectorAll('figure svg').length", ["returnByValue"] = true }, session);

        var errors = new List<string>();
        var requests = new List<string>();
        foreach (var message in _events)
        {
            var parameters = message["params"];
            switch (message["method"]?.GetValue<string>())
            {
                case "Runtime.exceptionThrown":
                    var details = parameters!["exceptionDetails"]!;
                    errors.Add("Uncaught: " + (details["exception"]?["description"]?.GetValue<string>() ?? details["text"]?.GetValue<string>()));
                    break;
                case "Runtime.consoleAPICalled" when parameters!["type"]!.GetValue<string>() is "error" or "assert":
                    errors.Add("console." + parameters["type"]!.GetValue<string>() + ": " + string.Join(" ", parameters["args"]!.AsArray().Select(a => a?["value"]?.ToString() ?? a?["description"]?.ToString())));
                    break;
                case "Log.entryAdded" when parameters!["entry"]!["level"]!.GetValue<string>() == "error":
                    errors.Add("log: " + parameters["entry"]!["text"]!.GetValue<string>() + " " + parameters["entry"]!["url"]?.GetValue<string>());
                    break;
                case "Network.requestWillBeSent":
                    requests.Add(parameters!["request"]!["url"]!.GetValue<string>());
                    break;
            }
        }

        return new PageReport(errors, requests, height, svgs["result"]?["value"]?.GetValue<int>() ?? -1);
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters, string? session)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var response = await reply.Task.WaitAsync(Timeout);
        if (response["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return response["result"] ?? new JsonObject();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var received = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray())!;
            message.SetLength(0);
            if (node["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var reply))
            {
                reply.TrySetResult(node);
            }
            else if (node["method"] is not null)
            {
                _events.Enqueue(node);
            }
        }
    }
}
