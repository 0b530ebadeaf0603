using System.Text.Json;
using JcmSim.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JcmSim.Explorer;

/// <summary>
/// The explorer's JSON API: <c>GET /api/config</c>, <c>GET /api/scenarios</c>,
/// <c>GET /api/scenarios/NAME</c> and <c>POST /api/estimate</c> (a stream of JSON lines, one
/// <see cref="EstimateUpdate"/> per wave). Bodies are read with a hard size limit and checked field
/// by field before anything runs.
/// </summary>
internal sealed class ExplorerApi(ScenarioCatalog catalog, EstimateRunner runner, EstimateSessions sessions, ExplorerOptions options, JsonSerializerOptions json)
{
    /// <summary>Adds the routes to <paramref name="routes"/>.</summary>
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/config", () => Results.Json(new { language = options.Language, version = JcmSimVersion.Current, trialCap = options.TrialCap, seed = EstimateRequest.DefaultSeed }, json));
        routes.MapGet("/api/scenarios", () => Results.Json(new { scenarios = catalog.Folder.Names() }, json));
        routes.MapGet("/api/scenarios/{name}", (string name) =>
        {
            var scenario = catalog.Get(name, StatusCodes.Status404NotFound);
            var s = scenario.Scenario;
            return Results.Json(new ScenarioView(scenario.Name, s.Title, s.Question, JsonNamingPolicy.CamelCase.ConvertName(s.Accounting.Reading.ToString()),
                s.Accounting.Targets, [.. scenario.Levers.Select(l => l.Lever)]), json);
        });
        routes.MapPost("/api/estimate", EstimateAsync);
    }

    private async Task EstimateAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request, options.MaxBodyBytes, context.RequestAborted);
        var request = EstimateRequest.Parse(body, options.TrialCap);
        var prepared = catalog.Prepare(request);
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
