using JcmSim.Model.Scenarios.Parameters;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parquet;
using Parquet.Schema;

namespace JcmSim.Analysis.Tornado;

/// <summary>
/// The files of a tornado study: tornado.json (the whole <see cref="TornadoResult"/>, camelCase) and
/// tornado.parquet, one row per run — <c>parameter</c> (empty for the base run), <c>label_en</c>,
/// <c>label_ja</c>, <c>scope</c>, <c>distribution</c>, <c>variant</c> ("base", "low", "high"),
/// <c>quantile</c>, <c>input_value</c> (NaN for the base run), then for each target year
/// <c>p_met_YEAR</c> and <c>median_cumulative_mt_YEAR</c>.
/// </summary>
public static class TornadoFiles
{
    /// <summary>File name of the JSON form.</summary>
    public const string Json = "tornado.json";

    /// <summary>File name of the Parquet form.</summary>
    public const string Parquet = "tornado.parquet";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The JSON text of <paramref name="result"/>.</summary>
    public static string Serialize(TornadoResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>Reads tornado.json.</summary>
    /// <exception cref="JsonException">The file is not a tornado result.</exception>
    public static TornadoResult Read(string path) =>
        JsonSerializer.Deserialize<TornadoResult>(File.ReadAllText(path), Options)
            ?? throw new JsonException($"'{path}' holds null instead of a tornado result.");

    /// <summary>Writes tornado.json and tornado.parquet into <paramref name="folder"/>.</summary>
    public static async Task WriteAsync(string folder, TornadoResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        await File.WriteAllTextAsync(Path.Combine(folder, Json), Serialize(result), cancellationToken).ConfigureAwait(false);
        await WriteParquetAsync(Path.Combine(folder, Parquet), result, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteParquetAsync(string path, TornadoResult result, CancellationToken cancellationToken)
    {
        var parameter = new DataField<string>("parameter", nullable: false);
        var labelEn = new DataField<string>("label_en", nullable: false);
        var labelJa = new DataField<string>("label_ja", nullable: false);
        var scope = new DataField<string>("scope", nullable: false);
        var distribution = new DataField<string>("distribution", nullable: false);
        var variant = new DataField<string>("variant", nullable: false);
        var quantile = new DataField<double>("quantile");
        var input = new DataField<double>("input_value");
        var years = result.Targets.Select(t => t.FiscalYear.ToString(CultureInfo.InvariantCulture)).ToArray();
        var probability = years.Select(y => new DataField<double>($"p_met_{y}")).ToArray();
        var median = years.Select(y => new DataField<double>($"median_cumulative_mt_{y}")).ToArray();
        var schema = new ParquetSchema(new Field[] { parameter, labelEn, labelJa, scope, distribution, variant, quantile, input }
            .Concat(probability.Zip(median, (p, m) => new Field[] { p, m }).SelectMany(pair => pair)));

        var rows = new List<(string Parameter, string En, string Ja, string Scope, string Distribution, string Variant, double Quantile, double Input, TornadoOutcome Outcome)>
        {
            ("", "", "", "", "", "base", double.NaN, double.NaN, result.Base),
        };
        foreach (var entry in result.Entries)
        {
            var scopeText = entry.Scope == ParameterScope.PerTrial ? "perTrial" : "perProject";
            rows.Add((entry.Path, entry.Label.En, entry.Label.In("ja"), scopeText, entry.Distribution, "low", result.LowQuantile, entry.LowValue, entry.Low));
            rows.Add((entry.Path, entry.Label.En, entry.Label.In("ja"), scopeText, entry.Distribution, "high", result.HighQuantile, entry.HighValue, entry.High));
        }

        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(parameter, rows.Select(r => r.Parameter).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(labelEn, rows.Select(r => r.En).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(labelJa, rows.Select(r => r.Ja).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(scope, rows.Select(r => r.Scope).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(distribution, rows.Select(r => r.Distribution).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(variant, rows.Select(r => r.Variant).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<double>(quantile, rows.Select(r => r.Quantile).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<double>(input, rows.Select(r => r.Input).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var t = 0; t < years.Length; t++)
        {
            var index = t;
            await group.WriteAsync<double>(probability[t], rows.Select(r => r.Outcome.ProbabilityMet[index]).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<double>(median[t], rows.Select(r => r.Outcome.MedianCumulativeMt[index]).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        group.CompleteValidate();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
