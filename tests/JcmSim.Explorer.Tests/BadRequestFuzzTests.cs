using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using JcmSim.Explorer.Tests.Support;

namespace JcmSim.Explorer.Tests;

/// <summary>
/// A fuzz of bad requests against a real server: bad values, bad names, paths, huge and malformed
/// bodies, wrong content types. Each gets a 4xx whose lines read <c>field.path: problem (allowed: …)</c>,
/// never a stack trace, and the server keeps estimating afterwards.
/// </summary>
public sealed partial class BadRequestFuzzTests(ExplorerFixture explorer) : IClassFixture<ExplorerFixture>
{
    private const string Json = "application/json";

    public static TheoryData<string, string, string, string, int> Requests()
    {
        static string Estimate(string fields) => "{\"scenario\": \"baseline\", \"session\": \"fuzz\", \"trials\": 8" + (fields.Length > 0 ? ", " + fields : "") + "}";
        static string Lever(string value) => Estimate("\"levers\": {\"pipeline.multiplier\": " + value + "}");
        static string Scenario(string name) => "{\"scenario\": " + name + ", \"session\": \"fuzz\", \"trials\": 8}";
        var nested = new string('[', 10_000) + new string(']', 10_000);
        var deepLevers = Estimate("\"levers\": " + string.Concat(Enumerable.Repeat("{\"a\": ", 200)) + "1" + new string('}', 200));
        var manyLevers = Estimate("\"levers\": {" + string.Join(", ", Enumerable.Range(0, 2_000).Select(i => $"\"x{i}\": 1")) + "}");
        var data = new TheoryData<string, string, string, string, int>
        {
            // values
            { "POST", "api/estimate", Json, Lever("NaN"), 400 },
            { "POST", "api/estimate", Json, Lever("\"NaN\""), 400 },
            { "POST", "api/estimate", Json, Lever("Infinity"), 400 },
            { "POST", "api/estimate", Json, Lever("-Infinity"), 400 },
            { "POST", "api/estimate", Json, Lever("1e999"), 400 },
            { "POST", "api/estimate", Json, Lever("-1e999"), 400 },
            { "POST", "api/estimate", Json, Lever("\"Infinity\""), 400 },
            { "POST", "api/estimate", Json, Lever("\"2\""), 400 },
            { "POST", "api/estimate", Json, Lever("9"), 400 },
            { "POST", "api/estimate", Json, Lever("-3"), 400 },
            { "POST", "api/estimate", Json, Lever("1e308"), 400 },
            { "POST", "api/estimate", Json, Lever("null"), 400 },
            { "POST", "api/estimate", Json, Lever("[2]"), 400 },
            { "POST", "api/estimate", Json, Lever("true"), 400 },
            { "POST", "api/estimate", Json, Estimate("\"seed\": -1"), 400 },
            { "POST", "api/estimate", Json, Estimate("\"seed\": 1.5"), 400 },
            { "POST", "api/estimate", Json, Estimate("\"seed\": \"7\""), 400 },
            { "POST", "api/estimate", Json, "{\"scenario\": \"baseline\", \"session\": \"fuzz\", \"trials\": 0}", 400 },
            { "POST", "api/estimate", Json, "{\"scenario\": \"baseline\", \"session\": \"fuzz\", \"trials\": 1e9}", 400 },
            { "POST", "api/estimate", Json, "{\"scenario\": \"baseline\", \"session\": \"fuzz\", \"trials\": \"many\"}", 400 },
            { "POST", "api/estimate", Json, Estimate("\"levers\": [1, 2]"), 400 },
            { "POST", "api/estimate", Json, Estimate("\"extra\": 1"), 400 },

            // names
            { "POST", "api/estimate", Json, Scenario("\"../baseline\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"..\\\\baseline\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"%2e%2e/baseline\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"%2e%2e%2fbaseline\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"/etc/passwd\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"C:\\\\Windows\\\\win.ini\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"baseline.yaml\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"baseline\\u0000\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"" + new string('a', 5_000) + "\""), 400 },
            { "POST", "api/estimate", Json, Scenario("\"no-such-scenario\""), 400 },
            { "POST", "api/estimate", Json, Scenario("null"), 400 },
            { "POST", "api/estimate", Json, Estimate("\"levers\": {\"../../etc/passwd\": 1}"), 400 },
            { "POST", "api/estimate", Json, Estimate("\"levers\": {\"sectors.solar.nope\": 1}"), 400 },
            { "POST", "api/estimate", Json, manyLevers, 400 },
            { "POST", "api/estimate", Json, "{\"scenario\": \"baseline\", \"session\": \"../../x\", \"trials\": 8}", 400 },
            { "GET", "api/scenarios/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "", "", 400 },
            { "GET", "api/scenarios/..%5C..%5Cwin.ini", "", "", 400 },
            { "GET", "api/scenarios/%2Fetc%2Fpasswd", "", "", 400 },
            { "GET", "api/scenarios/no-such-scenario", "", "", 404 },
            { "POST", "api/export/..%2F..%2Fetc%2Fpasswd", Json, Estimate(""), 400 },
            { "POST", "api/export/%2e%2e%2fsummary.json", Json, Estimate(""), 400 },
            { "POST", "api/export/manifest.json", Json, Estimate(""), 400 },
            { "POST", "api/export/fan-cumulative.png?lang=fr", Json, Estimate(""), 400 },
            { "POST", "api/export/fan-cumulative.png?lang=en&lang=ja", Json, Estimate(""), 400 },
            { "POST", "api/export", Json, Scenario("\"../baseline\""), 400 },

            // bodies
            { "POST", "api/estimate", Json, "", 400 },
            { "POST", "api/estimate", Json, "{", 400 },
            { "POST", "api/estimate", Json, "{\"scenario\": \"baseline\",}", 400 },
            { "POST", "api/estimate", Json, "{'scenario': 'baseline'}", 400 },
            { "POST", "api/estimate", Json, "null", 400 },
            { "POST", "api/estimate", Json, "\"baseline\"", 400 },
            { "POST", "api/estimate", Json, "[1, 2]", 400 },
            { "POST", "api/estimate", Json, "\u00ff\u00fe\u0000garbage", 400 },
            { "POST", "api/estimate", Json, nested, 400 },
            { "POST", "api/estimate", Json, deepLevers, 400 },
            { "POST", "api/estimate", Json, "{\"scenario\": \"baseline\", \"session\": \"fuzz\", \"pad\": \"" + new string('x', 100 * 1024) + "\"}", 413 },
            { "POST", "api/export/results.xlsx", Json, "{\"pad\": \"" + new string('x', 100 * 1024) + "\"}", 413 },

            // content types
            { "POST", "api/estimate", "text/plain", Estimate(""), 415 },
            { "POST", "api/estimate", "application/x-www-form-urlencoded", "scenario=baseline&session=fuzz", 415 },
            { "POST", "api/estimate", "multipart/form-data; boundary=x", "--x\r\n\r\nbaseline\r\n--x--", 415 },
            { "POST", "api/estimate", "application/xml", "<scenario>baseline</scenario>", 415 },
            { "POST", "api/export", "text/html", Estimate(""), 415 },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_bad_request_gets_4xx_with_field_path_problem_and_allowed_and_the_server_keeps_estimating(string method, string path, string contentType, string body, int status)
    {
        // When the request arrives
        using var message = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await explorer.Client.SendAsync(message);

        // Then it gets its 4xx and a short answer of problem lines, each naming a field, what is wrong and what is allowed
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.True(text.Length < 16 * 1024, $"{text.Length} characters");
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        var problems = await Api.ProblemsAsync(response);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Matches(ProblemLine(), p));

        // and the server still estimates
        var (after, updates) = await Api.EstimateAsync(explorer.Client, new { scenario = "baseline", session = "after-fuzz", trials = 8 });
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.True(updates[^1].Done);
    }

    // field.path: problem (allowed: …) — the field a word, dotted path, header name or lever path of the request.
    [GeneratedRegex(@"^[A-Za-z][\w.\-/%\\:]*: .+ \(allowed: .+\)$", RegexOptions.Singleline)]
    private static partial Regex ProblemLine();
}
