using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using JcmSim.Runs;

namespace JcmSim.Explorer;

/// <summary>
/// What the page asks for: a reference scenario of the folder, the inputs the planner moved, the
/// seed, the trial cap and the precision, and the browser session it comes from (a new request of the same
/// session cancels the one before).
/// </summary>
/// <param name="Scenario">The reference scenario's name in the folder.</param>
/// <param name="Levers">Moved inputs: path → value, in the order of the request.</param>
/// <param name="Seed">Seed of the counter-based random numbers.</param>
/// <param name="Trials">Trials to reach.</param>
/// <param name="Session">The browser session.</param>
public sealed partial record EstimateRequest(string Scenario, IReadOnlyList<KeyValuePair<string, double>> Levers, ulong Seed, int Trials, string Session)
{
    /// <summary>The seed when the request names none (the README's examples use 7).</summary>
    public const ulong DefaultSeed = 7;

    private const string Fields = "scenario, levers, seed, trials, precision, session";

    /// <summary>
    /// The half-width wanted for every target probability's 95% interval: the estimate stops once
    /// it is reached (<see cref="EstimateWaves"/>), or at <see cref="Trials"/>; 0 runs to <see cref="Trials"/>.
    /// </summary>
    public double Precision { get; init; }

    /// <summary>Reads a request body; every problem is reported at once.</summary>
    /// <param name="body">The JSON body.</param>
    /// <param name="trialCap">The most trials the server runs for one request.</param>
    /// <param name="defaultPrecision">The precision when the request names none (<c>jcmsim serve --precision</c>).</param>
    /// <exception cref="RequestProblems">The body is not JSON or a field is missing or wrong.</exception>
    public static EstimateRequest Parse(ReadOnlySpan<byte> body, int trialCap, double defaultPrecision = 0)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException bad)
        {
            throw new RequestProblems($"body: not valid JSON ({FirstSentence(bad.Message)}) (allowed: a JSON object {{{Fields}}})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RequestProblems($"body: expected a JSON object, got {Describe(root)} (allowed: {{{Fields}}})");
            }

            var problems = new List<string>();
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("scenario" or "levers" or "seed" or "trials" or "precision" or "session"))
                {
                    problems.Add($"{property.Name}: unknown field (allowed: {Fields})");
                }
            }

            var scenario = Text(root, "scenario", problems);
            var session = Text(root, "session", problems);
            if (session is not null && !SessionId().IsMatch(session))
            {
                problems.Add("session: not a session id (allowed: 1–64 letters, digits, '-' or '_')");
            }

            var seed = DefaultSeed;
            if (root.TryGetProperty("seed", out var seedElement) && !(seedElement.ValueKind == JsonValueKind.Number && seedElement.TryGetUInt64(out seed)))
            {
                problems.Add($"seed: expected a whole number, got {Describe(seedElement)} (allowed: 0–{ulong.MaxValue})");
            }

            var trials = trialCap;
            if (root.TryGetProperty("trials", out var trialsElement)
                && !(trialsElement.ValueKind == JsonValueKind.Number && trialsElement.TryGetInt32(out trials) && trials >= 1 && trials <= trialCap))
            {
                problems.Add($"trials: {Describe(trialsElement)} is out of range (allowed: 1–{trialCap.ToString("N0", CultureInfo.InvariantCulture)})");
            }

            var precision = defaultPrecision;
            if (root.TryGetProperty("precision", out var precisionElement)
                && !(precisionElement.ValueKind == JsonValueKind.Number && precisionElement.TryGetDouble(out precision)
                    && (precision == 0 || (precision >= PrecisionStop.MinPrecision && precision <= PrecisionStop.MaxPrecision))))
            {
                problems.Add(FormattableString.Invariant(
                    $"precision: {Describe(precisionElement)} is out of range (allowed: 0 to run to the trials, or a half-width of {PrecisionStop.MinPrecision}–{PrecisionStop.MaxPrecision})"));
            }

            var levers = new List<KeyValuePair<string, double>>();
            if (root.TryGetProperty("levers", out var leversElement))
            {
                if (leversElement.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"levers: expected an object of input path → number, got {Describe(leversElement)} (allowed: e.g. {{\"pipeline.multiplier\": 2}})");
                }
                else
                {
                    foreach (var lever in leversElement.EnumerateObject())
                    {
                        if (lever.Value.ValueKind == JsonValueKind.Number && lever.Value.TryGetDouble(out var value) && double.IsFinite(value))
                        {
                            levers.Add(new(lever.Name, value));
                        }
                        else
                        {
                            problems.Add($"levers.{Shorten(lever.Name)}: expected a number, got {Describe(lever.Value)} (allowed: a finite number in the input's range)");
                        }
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new RequestProblems(problems);
            }

            return new EstimateRequest(scenario!, levers, seed, trials, session!) { Precision = precision };
        }
    }

    private static string? Text(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var element))
        {
            problems.Add($"{name}: required (allowed: {(name == "scenario" ? "a scenario name of the folder" : "a session id")})");
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{name}: expected text, got {Describe(element)} (allowed: {(name == "scenario" ? "a scenario name of the folder" : "a session id")})");
            return null;
        }

        return element.GetString();
    }

    // Messages quote what was sent, never more than a short excerpt of it.
    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"'{Shorten(element.GetString() ?? "")}'",
        JsonValueKind.Number => Shorten(element.GetRawText()),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SessionId();
}
