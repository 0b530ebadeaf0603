using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Parses YAML text with YamlDotNet's representation model and converts it into the loader's
/// <see cref="SourceNode"/> tree, keeping each node's line and column.
/// </summary>
/// <remarks>
/// Hostile or broken input is stopped before it can hurt: the text is first walked as a flat event
/// stream (no recursion) to refuse nesting deeper than <see cref="ScenarioLimits.MaxYamlDepth"/>,
/// which would otherwise overflow the stack of YamlDotNet's recursive loader and kill the process;
/// and conversion counts nodes, so aliases that expand exponentially ("billion laughs") or point
/// into themselves end with a message instead of exhausting memory.
/// </remarks>
internal static class YamlSourceReader
{
    private const int MaxDepth = ScenarioLimits.MaxYamlDepth;

    /// <summary>
    /// The root mapping of <paramref name="text"/>, or null after recording why there is none
    /// (syntax error, too deep, empty file, several documents, root not a mapping).
    /// </summary>
    public static SourceMap? Read(string text, SourceDocument document, LoadContext context)
    {
        var scanner = new Scanner(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            if (TooDeep(new Parser(scanner)) is { } deep)
            {
                context.Error(At(document, deep), "", $"nesting deeper than {MaxDepth} levels; a scenario needs about five", $"at most {MaxDepth} nested mappings or sequences");
                return null;
            }

            scanner = new Scanner(new StringReader(text));
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

        var budget = new NodeBudget();
        var root = Convert(stream.Documents[0].RootNode, document, context, 0, budget);
        if (budget.Reported)
        {
            return null;
        }

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

    // Where the event stream first nests deeper than MaxDepth, or null. The parser keeps its own
    // state stack, so this walk is safe at any depth.
    private static Mark? TooDeep(Parser parser)
    {
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > MaxDepth)
                    {
                        return parser.Current.Start;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    private static SourcePosition At(SourceDocument document, Mark mark) =>
        new(document, (int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));

    private static SourceNode? Convert(YamlNode node, SourceDocument document, LoadContext context, int depth, NodeBudget budget)
    {
        var position = At(document, node.Start);
        if (depth > MaxDepth)
        {
            context.Error(position, "", $"nesting deeper than {MaxDepth} levels (a recursive alias?)", $"at most {MaxDepth} nested mappings or sequences");
            return null;
        }

        if (++budget.Used > ScenarioLimits.MaxYamlNodes)
        {
            if (!budget.Reported)
            {
                budget.Reported = true;
                context.Error(position, "", $"the document expands to more than {ScenarioLimits.MaxYamlNodes:N0} values (aliases repeating aliases?)", $"at most {ScenarioLimits.MaxYamlNodes:N0} values");
            }

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
                    if (Convert(child, document, context, depth + 1, budget) is { } item)
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

                    if (Convert(value, document, context, depth + 1, budget) is { } converted)
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

    /// <summary>Values converted so far in one document.</summary>
    private sealed class NodeBudget
    {
        public int Used { get; set; }

        public bool Reported { get; set; }
    }
}
