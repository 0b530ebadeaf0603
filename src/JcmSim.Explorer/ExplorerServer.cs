using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using JcmSim.Runs;
using JcmSim.Runs.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JcmSim.Explorer;

/// <summary>
/// <c>jcmsim serve</c>: the planner's explorer. An ASP.NET Core app in the process of the engine
/// (the embedded silo by default), serving the page and a JSON API over the application layer:
/// the scenarios of the folder, their levers, and estimates streamed as trial waves complete.
/// </summary>
public sealed partial class ExplorerServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private const int MaxProblemsListed = 20;

    private readonly WebApplication _app;
    private readonly ISimulationEngine _engine;
    private readonly FairWorkQueue _queue;
    private readonly ExplorerExports _exports;

    private ExplorerServer(WebApplication app, ISimulationEngine engine, FairWorkQueue queue, ExplorerExports exports, Uri url, AccessToken? token)
    {
        _exports = exports;
        _app = app;
        _engine = engine;
        _queue = queue;
        Url = url;
        Token = token?.Text;
    }

    /// <summary>The page's address, with <c>?token=…</c> when the server needs it.</summary>
    public Uri Url { get; }

    /// <summary>The access token, or null on loopback.</summary>
    public string? Token { get; }

    /// <summary>Opens the engine, starts the app and returns once it listens.</summary>
    /// <exception cref="BadInputException">The scenario folder does not exist, or the port is taken.</exception>
    public static async Task<ExplorerServer> StartAsync(ExplorerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FirstWaveTrials is < 16 or > 256 || !int.IsPow2(options.FirstWaveTrials))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FirstWaveTrials, "The first wave must be a power of two from 16 to 256 trials.");
        }

        if (options.Precision != 0 && options.Precision is < PrecisionStop.MinPrecision or > PrecisionStop.MaxPrecision)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Precision, "The precision must be 0 (estimates run to the cap) or a half-width within PrecisionStop's range.");
        }

        var catalog = new ScenarioCatalog(new ScenarioFolder(options.ScenariosFolder));
        var token = options.RequiresToken ? AccessToken.Generate() : null;
        var engine = await options.Engine.OpenAsync(cancellationToken).ConfigureAwait(false);
        var queue = new FairWorkQueue(workers: 2, options.QueueCapacity);
        // The command line names the folder relative to where jcmsim serve was started, as the planner typed it
        // (and the same on every machine, so the page's screenshots do not carry a path of this one).
        var exports = new ExplorerExports(engine, queue, Path.GetRelativePath(options.CommandFolder ?? Environment.CurrentDirectory, catalog.Folder.FullPath));
        try
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                Args = [],
                EnvironmentName = Environments.Production,
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Logging.ClearProviders();
            // The web server's warnings join the silo's in the explorer's log file (serve --log), off the console.
            builder.Logging.AddProvider(HostLogging.Provider);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(options.Host, options.Port);
                kestrel.AddServerHeader = false;
                // The API refuses bodies over MaxBodyBytes itself (413 with a message); Kestrel's own
                // limit sits above it so that the rest of a refused body can be drained and the
                // client reads the answer, and cuts off anything far larger.
                kestrel.Limits.MaxRequestBodySize = 16L * options.MaxBodyBytes;
            });
            builder.Services.AddSingleton(catalog);
            var app = builder.Build();
            var api = new ExplorerApi(catalog, new EstimateRunner(engine, queue, new ReferenceCache(engine), options.FirstWaveTrials), new EstimateSessions(options.MaxSessions), exports, options, Json);
            app.Use((context, next) => Guard(context, next, token, app.Logger));
            api.Map(app);
            MapPage(app);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException taken)
            {
                await app.DisposeAsync().ConfigureAwait(false);
                throw new BadInputException($"--port {options.Port}: cannot listen on {options.Host} ({taken.Message}) (allowed: a free port, or 0 for any).");
            }

            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            var port = new Uri(address).Port;
            var host = options.Host.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{options.Host}]" : options.Host.ToString();
            var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{port}/{(token is null ? "" : "?token=" + token.Text)}"));
            return new ExplorerServer(app, engine, queue, exports, url, token);
        }
        catch
        {
            exports.Dispose();
            await queue.DisposeAsync().ConfigureAwait(false);
            await engine.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits until <paramref name="cancellationToken"/> is cancelled (Ctrl-C).</summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is the normal end of serving.
        }
    }

    /// <summary>Stops serving, cancels running estimates and stops the engine.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(grace.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        await _queue.DisposeAsync().ConfigureAwait(false);
        _exports.Dispose();
        await _engine.DisposeAsync().ConfigureAwait(false);
    }

    // Every request: the token when the server needs one, security headers, and one clear message
    // for whatever goes wrong — never a stack trace.
    private static async Task Guard(HttpContext context, RequestDelegate next, AccessToken? token, ILogger logger)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (token is not null)
        {
            var presented = context.Request.Query["token"].FirstOrDefault()
                ?? (context.Request.Headers.Authorization.FirstOrDefault() is { } bearer && bearer.StartsWith("Bearer ", StringComparison.Ordinal) ? bearer[7..] : null);
            if (!token.Matches(presented))
            {
                await WriteProblemsAsync(context, StatusCodes.Status401Unauthorized, ["token: missing or wrong (allowed: the token printed in the URL by jcmsim serve, as ?token=…)"]);
                return;
            }
        }

        try
        {
            await next(context);
        }
        catch (RequestProblems problems) when (!context.Response.HasStarted)
        {
            await WriteProblemsAsync(context, problems.StatusCode, problems.Problems);
        }
        catch (BadHttpRequestException bad) when (!context.Response.HasStarted)
        {
            await WriteProblemsAsync(context, bad.StatusCode, [$"request: {bad.Message.TrimEnd('.')}"]);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away or the session asked again: nothing to answer.
        }
        catch (Exception failure) when (!context.Response.HasStarted)
        {
            LogInternalError(logger, context.Request.Path, failure);
            await WriteProblemsAsync(context, StatusCodes.Status500InternalServerError, ["server: internal error (the server log has the details)"]);
        }
    }

    internal static async Task WriteProblemsAsync(HttpContext context, int status, IReadOnlyList<string> problems)
    {
        // A body of thousands of bad fields answers with the first few: the answer stays small whatever the request.
        if (problems.Count > MaxProblemsListed)
        {
            problems = [.. problems.Take(MaxProblemsListed), $"body: {problems.Count - MaxProblemsListed} more problems not listed (allowed: the first {MaxProblemsListed} are listed)"];
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { problems }, Json), context.RequestAborted);
    }

    private static void MapPage(WebApplication app)
    {
        var assembly = typeof(ExplorerServer).Assembly;
        foreach (var (route, resource, type) in new[]
        {
            ("/", "page/index.html", "text/html; charset=utf-8"),
            ("/explorer.js", "page/explorer.js", "text/javascript; charset=utf-8"),
            ("/explorer.css", "page/explorer.css", "text/css; charset=utf-8"),
        })
        {
            var bytes = Read(assembly, resource);
            app.MapGet(route, () => Results.Bytes(bytes, type));
        }
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"The page resource {resource} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Internal error answering {Path}")]
    private static partial void LogInternalError(ILogger logger, PathString path, Exception exception);
}
