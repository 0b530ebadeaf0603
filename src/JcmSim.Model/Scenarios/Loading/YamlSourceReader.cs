using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JcmSim.Model.Scenarios.Loading;

/// <summary>
/// Parses YAML text with YamlDotNet's representation model and converts it into the loader's
/// <see cref="SourceNode"/> tree, keeping each node's line and column.
/// </summary>
internal static class YamlSourceReader
{
    // Aliases may point back into their own anchor; nothing in a scenario nests this deep.
    private const int MaxDepth = 64;

    /// <summary>
    /// The root mapping of <paramref name="text"/>, or null after recording why there is none
    /// (syntax error, empty file, several documents, root not a mapping).
    /// </summary>
    public static SourceMap? Read(string text, SourceDocument document, LoadContext context)
    {
        var scanner = new Scanner(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            var problem = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
                ? $"duplicate key '{e.Message["Duplicate key".Length..].Trim()}'"
                : "malformed YAML: " + e.Message;
            context.Error(At(document, e.Start), "", problem);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, for some unterminated flow
            // collections; the scanner still knows where it stopped.
            context.Error(At(document, scanner.CurrentPosition), "", "malformed YAML: the parser stopped here; look for an unclosed '[' or '{' above");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            context.Error(new SourcePosition(document, 1, 1), "", "the file is empty; a scenario is a YAML mapping");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            context.Error(At(document, stream.Documents[1].RootNode.Start), "", "more than one YAML document ('---'); a scenario file holds one");
            return null;
        }

        var root = Convert(stream.Documents[0].RootNode, document, context, 0);
        if (root is SourceMap map)
        {
            return map;
        }

        if (root is SourceScalar { IsNull: true })
        {
            context.Error(new SourcePosition(document, 1, 1), "", "the file is empty; a scenario is a YAML mapping");
        }
        else if (root is not null)
        {
            context.Error(root.Position, "", $"expected a mapping of scenario keys at the top level, got {root.Describe()}");
        }

        return null;
    }

    private static SourcePosition At(SourceDocument document, Mark mark) =>
        new(document, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static SourceNode? Convert(YamlNode node, SourceDocument document, LoadContext context, int depth)
    {
        var position = At(document, node.Start);
        if (depth > MaxDepth)
        {
            context.Error(position, "", $"nesting deeper than {MaxDepth} levels (a recursive alias?)");
            return null;
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                return new SourceScalar(position, scalar.Value ?? "", scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
            case YamlSequenceNode sequence:
                var items = new List<SourceNode>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (Convert(child, document, context, depth + 1) is { } item)
                    {
                        items.Add(item);
                    }
                }

                return new SourceSequence(position, items);
            case YamlMappingNode mapping:
                var entries = new List<SourceEntry>(mapping.Children.Count);
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode keyScalar)
                    {
                        context.Error(At(document, key.Start), "", "a mapping key must be plain text");
                        continue;
                    }

                    if (Convert(value, document, context, depth + 1) is { } converted)
                    {
                        entries.Add(new SourceEntry(new SourceScalar(At(document, key.Start), keyScalar.Value ?? "", true), converted));
                    }
                }

                return new SourceMap(position, entries);
            default:
                context.Error(position, "", "unsupported YAML node");
                return null;
        }
    }
}
