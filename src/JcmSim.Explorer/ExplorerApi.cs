using System.Text.Json;
using JcmSim.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JcmSim.Explorer;

/// <summary>
/// The explorer's JSON API: <c>GET /api/config</c>, <c>GET /api/scenarios</c>,
/// <c>GET /api/scenarios/NAME</c> and <c>POST /api/estimate</c> (a stream of JSON lines, one
/// <see cref="EstimateUpdate"/> per wave), and the exports of an estimate's settings:
/// <c>POST /api/export</c> (the scenario file and the command line, <see cref="ExportSettings"/>) and
/// <c>POST /api/export/FILE?lang=en|ja</c> (results.xlsx, or a chart as STEM.png or STEM.svg). Bodies are read with a hard size limit and checked field
/// by field before anything runs.
/// </summary>
internal sealed class ExplorerApi(ScenarioCatalog catalog, EstimateRunner runner, EstimateSessions sessions, ExplorerExports exports, ExplorerOptions options, JsonSerializerOptions json)
{
    /// <summary>Adds the routes to <paramref name="routes"/>.</summary>
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/config", () => Results.Json(new { language = options.Language, version = JcmSimVersion.Current, trialCap = options.TrialCap, precision = options.Precision, seed = EstimateRequest.DefaultSeed }, json));
        routes.MapGet("/api/scenarios", () => Results.Json(new { scenarios = catalog.Folder.Names() }, json));
        routes.MapGet("/api/scenarios/{name}", (string name) =>
        {
            var scenario = catalog.Get(name, StatusCodes.Status404NotFound);
            var s = scenario.Scenario;
            return Results.Json(new ScenarioView(scenario.Name, s.Title, s.Question, JsonNamingPolicy.CamelCase.ConvertName(s.Accounting.Reading.ToString()),
                s.Accounting.Targets, [.. scenario.Levers.Select(l => l.Lever)]), json);
        });
        routes.MapPost("/api/estimate", EstimateAsync);
        routes.MapPost("/api/export", async (HttpContext context) =>
        {
            var (request, prepared) = await ReadEstimateAsync(context);
            return Results.Json(exports.Settings(prepared, request), json);
        });
        routes.MapPost("/api/export/{file}", async (HttpContext context, string file) =>
        {
            var language = Language(context.Request.Query["lang"]);
            var (request, prepared) = await ReadEstimateAsync(context);
            var (bytes, type) = await exports.FileAsync(prepared, request, file, language, context.RequestAborted);
            return Results.File(bytes, type, file);
        });
    }

    private async Task<(EstimateRequest Request, PreparedEstimate Prepared)> ReadEstimateAsync(HttpContext context)
    {
        RequireJson(context.Request);
        var body = await ReadBodyAsync(context.Request, options.MaxBodyBytes, context.RequestAborted);
        var request = EstimateRequest.Parse(body, options.TrialCap, options.Precision);
        return (request, catalog.Prepare(request));
    }

    // The page's own language unless the export asks for the other.
    private string Language(Microsoft.Extensions.Primitives.StringValues asked) => asked.Count switch
    {
        0 => options.Language,
        1 when asked[0] is "en" or "ja" => asked[0]!,
        _ => throw new RequestProblems($"lang: '{EstimateRequest.Shorten(asked.ToString())}' is not a language of the exports (allowed: en, ja)"),
    };

    // A body of another type is refused before it is read (415): the page always sends JSON.
    private static void RequireJson(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            throw new RequestProblems($"Content-Type: '{EstimateRequest.Shorten(request.ContentType ?? "none")}' is not JSON (allowed: application/json)", StatusCodes.Status415UnsupportedMediaType);
        }
    }

    private async Task EstimateAsync(HttpContext context)
    {
        var (request, prepared) = await ReadEstimateAsync(context);
        using var lease = sessions.Begin(request.Session, context.RequestAborted);
        var response = context.Response;
        response.ContentType = "application/x-ndjson; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        try
        {
            await runner.RunAsync(prepared, request, async update =>
            {
                await JsonSerializer.SerializeAsync(response.Body, update, json, lease.Token);
                await response.Body.WriteAsync("\n"u8.ToArray(), lease.Token);
                await response.Body.FlushAsync(lease.Token);
            }, lease.Token);
        }
        catch (OperationCanceledException) when (lease.Token.IsCancellationRequested)
        {
            // Superseded by the session's next request, or the page closed: the stream just ends.
        }
    }

    // Reads at most maxBytes; a larger body is refused with 413 before it is parsed.
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var tooLarge = $"body: larger than {maxBytes / 1024} KiB (allowed: at most {maxBytes / 1024} KiB)";
        if (request.ContentLength > maxBytes)
        {
            throw new RequestProblems(tooLarge, StatusCodes.Status413PayloadTooLarge);
        }

        var buffer = new byte[maxBytes + 1];
        var length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    throw new RequestProblems(tooLarge, StatusCodes.Status413PayloadTooLarge);
                }
            }
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new RequestProblems(tooLarge, StatusCodes.Status413PayloadTooLarge);
        }

        return buffer[..length];
    }
}
