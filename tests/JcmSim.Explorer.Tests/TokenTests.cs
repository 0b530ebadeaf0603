using System.Net;
using JcmSim.Explorer.Tests.Support;
using JcmSim.Runs.Engines;

namespace JcmSim.Explorer.Tests;

/// <summary>Beyond loopback the server asks every request for the token it printed in the URL.</summary>
public sealed class TokenTests
{
    [Fact]
    public async Task A_server_on_every_address_refuses_requests_without_its_token_with_401()
    {
        await using var server = await ExplorerServer.StartAsync(new ExplorerOptions
        {
            ScenariosFolder = Repository.Scenarios,
            Host = IPAddress.Any,
            Port = 0,
            Engine = EngineChoice.InProcess,
        }, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Url.Port}/") };

        Assert.NotNull(server.Token);
        Assert.Equal($"?token={server.Token}", server.Url.Query);
        using var without = await client.GetAsync("api/scenarios");
        using var wrong = await client.GetAsync("api/scenarios?token=0123");
        using var page = await client.GetAsync("/");
        using var with = await client.GetAsync($"api/scenarios?token={server.Token}");

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.StartsWith("token: missing or wrong", Assert.Single(await Api.ProblemsAsync(without)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_on_loopback_needs_no_token()
    {
        await using var server = await ExplorerServer.StartAsync(new ExplorerOptions { ScenariosFolder = Repository.Scenarios, Port = 0, Engine = EngineChoice.InProcess }, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Url };

        using var response = await client.GetAsync("api/scenarios");

        Assert.Null(server.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
