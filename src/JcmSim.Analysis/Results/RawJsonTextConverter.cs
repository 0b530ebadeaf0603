using System.Text.Json;
using System.Text.Json.Serialization;

namespace JcmSim.Analysis.Results;

/// <summary>
/// Writes a string holding JSON text as the JSON value itself (re-indented with the document) and
/// reads any JSON value back as its text, so a resolved scenario is an object in manifest.json.
/// </summary>
internal sealed class RawJsonTextConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        // Parsing both validates the text and lets the writer apply its own indentation.
        using var document = JsonDocument.Parse(value);
        document.RootElement.WriteTo(writer);
    }
}
