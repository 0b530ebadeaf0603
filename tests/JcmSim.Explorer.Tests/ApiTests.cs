using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JcmSim.Explorer.Tests.Support;

namespace JcmSim.Explorer.Tests;

/// <summary>The JSON API of a real server on loopback: what it lists, and what it refuses (4xx, one line per problem, no stack trace), after which it keeps serving.</summary>
public sealed class ApiTests(ExplorerFixture explorer) : IClassFixture<ExplorerFixture>
{
    private HttpClient Client => explorer.Client;

    [Fact]
    public async Task Lists_the_scenario_names_of_the_folder()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync("api/scenarios"));

        var names = document.RootElement.GetProperty("scenarios").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Contains("baseline", names);
        Assert.Contains("private-finance-high", names);
        Assert.DoesNotContain(names, n => n!.Contains('/', StringComparison.Ordinal) || n.EndsWith(".yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scenario_offers_its_uncertainties_as_levers_with_labels_in_both_languages_units_and_study_ranges()
    {
        var view = await Client.GetFromJsonAsync<ScenarioView>("api/scenarios/baseline", Api.Json);

        Assert.StartsWith("With today's 30 partners", view!.Question.En, StringComparison.Ordinal);
        Assert.StartsWith("現在の30のパートナー国", view.Question.Ja, StringComparison.Ordinal);

        var capital = Assert.Single(view.Levers, l => l.Path == "privateCapital.multiplier");
        Assert.Equal(("factor", 0.5, 20.0, 1.0), (capital.Unit, capital.Min, capital.Max, capital.Value));
        Assert.Equal("民間資金（全民間チャネル）の倍率", capital.Label.Ja);
        var partners = Assert.Single(view.Levers, l => l.Path == "expansion.newPartnersPerYear");
        Assert.Equal(("partners/yr (Poisson rate)", 0.0, 6.0), (partners.Unit, partners.Min, partners.Max));
        Assert.Equal("か国/年（ポアソン率）", partners.UnitText.Ja);
        Assert.True(partners.Uncertain);
        Assert.Equal([2030, 2040], view.Targets.Select(t => t.FiscalYear));
    }

    [Theory]
    [InlineData("api/scenarios/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("api/scenarios/..%2Fscenarios%2Fbaseline")]
    [InlineData("api/scenarios/%2Fetc%2Fpasswd")]
    public async Task A_path_in_place_of_a_scenario_name_is_refused(string url)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("scenario: ", Assert.Single(await Api.ProblemsAsync(response)), StringComparison.Ordinal);
        await Server_still_answers();
    }

    [Fact]
    public async Task An_unknown_scenario_is_not_found()
    {
        using var response = await Client.GetAsync("api/scenarios/no-such-scenario");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("(allowed: agreements-all-extended, ", Assert.Single(await Api.ProblemsAsync(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_estimate_of_a_path_traversal_name_is_refused_with_400()
    {
        var (response, updates) = await Api.EstimateAsync(Client, new { scenario = "../scenarios/baseline", session = "t1", trials = 8 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(updates);
        Assert.StartsWith("scenario: '../scenarios/baseline' is not a scenario name (allowed: ", Assert.Single(await Api.ProblemsAsync(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lever_values_outside_the_study_range_and_unknown_inputs_get_400_with_the_field_path_and_what_is_allowed()
    {
        var (response, _) = await Api.EstimateAsync(Client, new
        {
            scenario = "baseline",
            session = "t2",
            trials = 8,
            levers = new Dictionary<string, double> { ["privateCapital.multiplier"] = 25, ["pipeline.multiplier"] = 2, ["sectors.solar.nope"] = 1 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = await Api.ProblemsAsync(response);
        Assert.Equal(2, problems.Count);
        Assert.Equal("levers.privateCapital.multiplier: 25 is outside the study range (allowed: 0.5–20 factor)", problems[0]);
        Assert.StartsWith("levers.sectors.solar.nope: not an input the explorer offers for baseline (allowed: privateCapital.multiplier, ", problems[1], StringComparison.Ordinal);
        await Server_still_answers();
    }

    [Theory]
    [InlineData("{\"scenario\": \"baseline\", ", "body: not valid JSON")]
    [InlineData("[1, 2]", "body: expected a JSON object, got a list")]
    [InlineData("{\"scenario\": 3, \"session\": \"x\"}", "scenario: expected text, got 3")]
    [InlineData("{\"scenario\": \"baseline\", \"session\": \"x\", \"trials\": 99999999}", "trials: 99999999 is out of range (allowed: 1–4,096)")]
    [InlineData("{\"scenario\": \"baseline\", \"session\": \"x\", \"levers\": {\"pipeline.multiplier\": \"lots\"}}", "levers.pipeline.multiplier: expected a number, got 'lots'")]
    [InlineData("{\"scenario\": \"baseline\", \"session\": \"../x\"}", "session: not a session id")]
    [InlineData("{\"scenario\": \"baseline\", \"session\": \"x\", \"precision\": 0.9}", "precision: 0.9 is out of range (allowed: 0 to run to the trials, or a half-width of 0.0005–0.25)")]
    public async Task Malformed_requests_get_400_naming_the_field(string body, string problem)
    {
        using var response = await Client.PostAsync("api/estimate", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(problem, (await Api.ProblemsAsync(response))[0], StringComparison.Ordinal);
        await Server_still_answers();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_64_KiB_gets_413_and_the_server_keeps_serving(bool chunked)
    {
        var large = "{\"scenario\": \"baseline\", \"session\": \"x\", \"pad\": \"" + new string('x', 200 * 1024) + "\"}";
        using var content = new StringContent(large, Encoding.UTF8, "application/json");
        if (chunked)
        {
            // No Content-Length: the limit is found while reading.
            await content.LoadIntoBufferAsync();
            content.Headers.ContentLength = null;
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, "api/estimate") { Content = content };
        message.Headers.TransferEncodingChunked = chunked;
        using var response = await Client.SendAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body: larger than 64 KiB (allowed: at most 64 KiB)", Assert.Single(await Api.ProblemsAsync(response)));
        await Server_still_answers();
    }

    [Fact]
    public async Task A_huge_body_is_cut_off_and_the_server_keeps_serving()
    {
        var huge = "{\"pad\": \"" + new string('x', 8 * 1024 * 1024) + "\"}";

        try
        {
            using var response = await Client.PostAsync("api/estimate", new StringContent(huge, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException)
        {
            // The server answered 413 and closed the connection while the client was still sending.
        }

        await Server_still_answers();
    }

    [Fact]
    public async Task The_page_is_served_with_a_policy_that_allows_nothing_from_elsewhere()
    {
        using var response = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    private async Task Server_still_answers()
    {
        using var response = await Client.GetAsync("api/scenarios");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
