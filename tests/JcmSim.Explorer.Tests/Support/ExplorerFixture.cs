using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JcmSim.Runs.Engines;

namespace JcmSim.Explorer.Tests.Support;

/// <summary>A real explorer on loopback (port 0), in-process engine, serving the repository's scenarios; shared by a test class.</summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    /// <summary>Trials of the first update: small, so that tests see several waves in seconds.</summary>
    public const int FirstWave = 32;

    /// <summary>The server.</summary>
    public ExplorerServer Server { get; private set; } = null!;

    /// <summary>A client of the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = await ExplorerServer.StartAsync(new ExplorerOptions
        {
            ScenariosFolder = Repository.Scenarios,
            Port = 0,
            Engine = EngineChoice.InProcess,
            FirstWaveTrials = FirstWave,
        }, CancellationToken.None);
        Client = new HttpClient { BaseAddress = Server.Url, Timeout = TimeSpan.FromMinutes(3) };
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Requests and answers of the explorer's API.</summary>
internal static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Posts an estimate and reads every line of its stream.</summary>
    public static async Task<(HttpResponseMessage Response, List<EstimateUpdate> Updates)> EstimateAsync(HttpClient client, object request, CancellationToken cancellationToken = default)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "api/estimate") { Content = JsonContent.Create(request) };
        var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var updates = new List<EstimateUpdate>();
        if (response.IsSuccessStatusCode)
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                updates.Add(JsonSerializer.Deserialize<EstimateUpdate>(line, Json)!);
            }
        }

        return (response, updates);
    }

    /// <summary>The problems of a refused request.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!)];
    }
}
