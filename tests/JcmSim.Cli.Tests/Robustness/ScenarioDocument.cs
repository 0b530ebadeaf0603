using YamlDotNet.RepresentationModel;

namespace JcmSim.Cli.Tests.Robustness;

/// <summary>
/// A scenario YAML document as a tree to mutate: every mapping with the field path the loader uses
/// for it (<c>sectors.solar.sizeTco2PerYear</c>, <c>accounting.targets[0]</c>), and back to text.
/// </summary>
internal static class ScenarioDocument
{
    public static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    public static string Save(YamlNode root)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>Every mapping in document order, with its field path ("" for the root).</summary>
    public static List<(string Path, YamlMappingNode Map)> Mappings(YamlNode root)
    {
        var found = new List<(string, YamlMappingNode)>();
        Walk(root, "", found);
        return found;
    }

    /// <summary>Every node in document order with its field path (keys excluded).</summary>
    public static List<(string Path, YamlNode Node, YamlNode? Parent)> Nodes(YamlNode root)
    {
        var found = new List<(string, YamlNode, YamlNode?)>();
        WalkAll(root, "", null, found);
        return found;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static void Walk(YamlNode node, string path, List<(string, YamlMappingNode)> found)
    {
        switch (node)
        {
            case YamlMappingNode map:
                found.Add((path, map));
                foreach (var (key, value) in map.Children)
                {
                    Walk(value, Join(path, ((YamlScalarNode)key).Value ?? ""), found);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Walk(sequence.Children[i], $"{path}[{i}]", found);
                }

                break;
        }
    }

    private static void WalkAll(YamlNode node, string path, YamlNode? parent, List<(string, YamlNode, YamlNode?)> found)
    {
        found.Add((path, node, parent));
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    WalkAll(value, Join(path, ((YamlScalarNode)key).Value ?? ""), node, found);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    WalkAll(sequence.Children[i], $"{path}[{i}]", node, found);
                }

                break;
        }
    }
}
