using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JcmSim.Cli.Tests.Robustness.Schema;

/// <summary>
/// A scenario YAML document as the JSON instance an editor validates against the schema: mappings
/// become objects, sequences arrays; plain scalars become null, booleans and numbers where YAML reads
/// them so (digit-grouped numbers stay text, as in YAML 1.2), quoted scalars stay text.
/// </summary>
internal static class YamlInstance
{
    public static JsonNode? FromText(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : FromNode(stream.Documents[0].RootNode);
    }

    public static JsonNode? FromNode(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value ?? "", FromNode(p.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(FromNode)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
    }
}
