using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace JcmSim.Cli.Tests.Robustness.Fuzz;

/// <summary>
/// Seeded mutations of the real scenario files: a case copies <c>scenarios/</c> into its own folder
/// and breaks one YAML or CSV file there in one to three ways (deleted, duplicated and retyped keys,
/// NaN, ±∞, huge and negative numbers, empty strings, unicode, deep nesting, very large files,
/// aliases, extends cycles, CSV damage, raw text damage). The same seed always gives the same case.
/// </summary>
internal static class ScenarioFuzzer
{
    private static readonly string[] NumberReplacements =
    [
        ".nan", ".NaN", "NaN", ".inf", "-.inf", "+.inf", "Infinity", "-Infinity", "1e999", "-1e999", "1e308", "-1e308",
        "1e300", "1e20", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "18446744073709551616",
        "-1", "-0.5", "-1e-9", "-2026", "0", "-0", "1e-320", "4.9e-324", "2026.5", "0.999999999999", "1.0000001",
        "1949", "2201", "99999", "12_000", "1__0", "_1", "0x1F", "1,000", "'12'", "\"0.5\"", "1e", "--1", "+1",
        "3000000000000", "1e16", "1e12", "100", "1000", "10000", "1e6",
    ];

    private static readonly string[] TextReplacements =
    [
        "\"\"", "''", "~", "null", "\" \"", "タイ", "\"🙂\"", "\"\\u0000\"", "\"a\\tb\"", "\"\\u202Eevil\"", "\"e\\u0301\"", "\"\\uFEFF\"",
        "true", "false", "yes", "[]", "{}", "[a, b]", "{en: x}", "\"THA\"", "THX", "tha", "JPN", "XKX", "AAAA", "A", "\"𝔘𝔫𝔦𝔠𝔬𝔡𝔢\"",
        "\"" + new string('x', 5000) + "\"", "\"Ω≈ç√∫\"", "\"\\r\\n\"", "'#not a comment'", "\"&anchor\"", "\"*alias\"",
    ];

    private static readonly string[] Kinds =
    [
        "delete-key", "delete-key", "duplicate-key", "retype", "retype", "number", "number", "number", "number", "text", "text",
        "unicode-key", "unknown-key", "swap", "null-mapping", "deep-nesting", "large-file", "aliases", "extends", "raw-text",
        "raw-text", "csv", "csv", "csv",
    ];

    /// <summary>Builds case <paramref name="seed"/> under <paramref name="folder"/>; returns the scenario to load and what was done.</summary>
    public static FuzzCase Create(int seed, string folder)
    {
        var random = new Random(seed);
        CopyScenarios(folder);
        var yamlFiles = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        var target = random.Next(2) == 0 ? Path.Combine(folder, "baseline.yaml") : yamlFiles[random.Next(yamlFiles.Count)];
        var steps = new List<string>();
        var mutations = 1 + random.Next(3);
        for (var m = 0; m < mutations; m++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            steps.Add(kind + ": " + Apply(kind, random, target, folder));
        }

        // Every tenth case runs the simulation as well (in process, two trials) instead of validating.
        return new FuzzCase(seed, target, seed % 10 == 3, steps);
    }

    private static string Apply(string kind, Random random, string target, string folder)
    {
        switch (kind)
        {
            case "raw-text":
                return RawText(random, target);
            case "csv":
                return Csv(random, Directory.GetFiles(Path.Combine(folder, "data"), "*.csv").Order(StringComparer.Ordinal).ToList());
            case "deep-nesting":
                return DeepNesting(random, target);
            case "large-file":
                return LargeFile(random, target);
            case "aliases":
                return Aliases(random, target);
            case "extends":
                return Extends(random, target, folder);
        }

        YamlNode root;
        try
        {
            // YamlDotNet's tree loader and emitter recurse: never hand them a deeply nested text, nor
            // aliases (a recursive one makes a cyclic tree, a "billion laughs" an enormous one).
            var text = File.ReadAllText(target);
            if (!IsPlainTree(text))
            {
                return RawText(random, target);
            }

            root = ScenarioDocument.Parse(text);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException or InvalidCastException or IndexOutOfRangeException or ArgumentException)
        {
            // An earlier step broke the YAML; damage the text further instead.
            return RawText(random, target);
        }

        string description;
        try
        {
            description = Tree(kind, random, root);
        }
        catch (ArgumentException clash)
        {
            // The mutation would repeat a key an earlier step added: the tree stays as it was.
            return "skipped: " + clash.Message;
        }

        File.WriteAllText(target, ScenarioDocument.Save(root));
        return description;
    }

    private static string Tree(string kind, Random random, YamlNode root)
    {
        var nodes = ScenarioDocument.Nodes(root);
        var maps = ScenarioDocument.Mappings(root).Where(m => m.Map.Children.Count > 0).ToList();
        var scalars = nodes.Where(n => n.Node is YamlScalarNode).ToList();
        switch (kind)
        {
            case "delete-key" when maps.Count > 0:
            {
                var (path, map) = maps[random.Next(maps.Count)];
                var key = map.Children.Keys.ElementAt(random.Next(map.Children.Count));
                map.Children.Remove(key);
                return ScenarioDocument.Join(path, Name(key));
            }

            case "duplicate-key" when maps.Count > 0:
            {
                // A mapping cannot hold a key twice: duplicate it in the text instead.
                var (path, map) = maps[random.Next(maps.Count)];
                var key = Name(map.Children.Keys.ElementAt(random.Next(map.Children.Count)));
                map.Add(key + "\u200B", "1");
                return ScenarioDocument.Join(path, key) + " (near-duplicate with a zero-width space)";
            }

            case "retype" when nodes.Count > 1:
            {
                var (path, node, parent) = nodes[1 + random.Next(nodes.Count - 1)];
                YamlNode replacement = random.Next(4) switch
                {
                    0 => new YamlSequenceNode(new YamlScalarNode("1"), new YamlScalarNode("2")),
                    1 => new YamlMappingNode(new YamlScalarNode("dist"), new YamlScalarNode("fixed"), new YamlScalarNode("value"), new YamlScalarNode("1")),
                    2 => new YamlScalarNode("text"),
                    _ => new YamlMappingNode(),
                };
                Replace(parent!, node, replacement);
                return $"{path} → {replacement.NodeType}";
            }

            case "number" when scalars.Count > 0:
            {
                var numeric = scalars.Where(s => double.TryParse(((YamlScalarNode)s.Node).Value?.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out _)).ToList();
                var (path, node, _) = (numeric.Count > 0 ? numeric : scalars)[random.Next(numeric.Count > 0 ? numeric.Count : scalars.Count)];
                var value = NumberReplacements[random.Next(NumberReplacements.Length)];
                SetScalar((YamlScalarNode)node, value);
                return $"{path} = {value}";
            }

            case "text" when scalars.Count > 0:
            {
                var (path, node, _) = scalars[random.Next(scalars.Count)];
                var value = TextReplacements[random.Next(TextReplacements.Length)];
                SetScalar((YamlScalarNode)node, value);
                return $"{path} = {Short(value)}";
            }

            case "unicode-key" when maps.Count > 0:
            {
                var (path, map) = maps[random.Next(maps.Count)];
                var key = map.Children.Keys.ElementAt(random.Next(map.Children.Count));
                var value = map.Children[key];
                map.Children.Remove(key);
                string[] variants = [Name(key).ToUpperInvariant(), "ｈｏｒｉｚｏｎ", Name(key) + "́", "\u202E" + Name(key), Name(key) + " ", "🙂", "\t" + Name(key), "id"];
                var renamed = variants[random.Next(variants.Length)];
                map.Add(new YamlScalarNode(renamed) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted }, value);
                return $"{ScenarioDocument.Join(path, Name(key))} renamed to {Short(renamed)}";
            }

            case "unknown-key" when maps.Count > 0:
            {
                var (path, map) = maps[random.Next(maps.Count)];
                map.Add("colour", "blue");
                return ScenarioDocument.Join(path, "colour");
            }

            case "swap" when scalars.Count > 1:
            {
                var a = (YamlScalarNode)scalars[random.Next(scalars.Count)].Node;
                var b = (YamlScalarNode)scalars[random.Next(scalars.Count)].Node;
                (a.Value, b.Value) = (b.Value, a.Value);
                return $"swapped '{Short(a.Value ?? "")}' and '{Short(b.Value ?? "")}'";
            }

            case "null-mapping" when maps.Count > 1:
            {
                var (path, map) = maps[1 + random.Next(maps.Count - 1)];
                var key = map.Children.Keys.ElementAt(random.Next(map.Children.Count));
                map.Children[key] = new YamlScalarNode("~");
                return ScenarioDocument.Join(path, Name(key)) + " = ~";
            }

            default:
                return "nothing to mutate";
        }
    }

    private static string RawText(Random random, string target)
    {
        var text = File.ReadAllText(target);
        if (text.Length == 0)
        {
            File.WriteAllText(target, ":");
            return "':' in an empty file";
        }

        var at = random.Next(text.Length);
        string[] inserts = [":", "{", "[", "]", "}", "\"", "'", "\t", "\n", "  ", "- ", "&", "*", "!", "|", ">", "%", "@", "`", "#", "---\n", "...\n", "\0", "\uFFFD", "\u2028"];
        var description = "";
        switch (random.Next(5))
        {
            case 0:
                text = text.Remove(at, 1);
                description = $"deleted character {at}";
                break;
            case 1:
                var insert = inserts[random.Next(inserts.Length)];
                text = text.Insert(at, insert);
                description = $"inserted {Short(insert)} at {at}";
                break;
            case 2:
                text = text[..at];
                description = $"truncated at {at}";
                break;
            case 3:
                var lines = text.Split('\n').ToList();
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                text = string.Join('\n', lines);
                description = $"duplicated line {line + 1}";
                break;
            default:
                var all = text.Split('\n').ToList();
                var removed = random.Next(all.Count);
                all.RemoveAt(removed);
                text = string.Join('\n', all);
                description = $"deleted line {removed + 1}";
                break;
        }

        File.WriteAllText(target, text);
        return description;
    }

    private static string DeepNesting(Random random, string target)
    {
        int[] depths = [10, 63, 65, 100, 1000, 100_000];
        var depth = depths[random.Next(depths.Length)];
        var flow = random.Next(2) == 0;
        var value = new StringBuilder();
        if (flow)
        {
            value.Append('[', depth).Append('1').Append(']', depth);
        }
        else
        {
            value.Append('\n');
            for (var d = 0; d < Math.Min(depth, 2000); d++)
            {
                value.Append(' ', 2 * (d + 1)).Append('k').Append(d).Append(":\n");
            }

            value.Append(' ', 2 * (Math.Min(depth, 2000) + 1)).Append("1\n");
        }

        var text = File.ReadAllText(target);
        var keys = new[] { "title", "question", "description", "horizon", "sectors", "channels", "countryOverrides" };
        var key = keys[random.Next(keys.Length)];
        File.WriteAllText(target, text + $"\n{key}: {value}\n");
        return $"{key} nested {depth} levels ({(flow ? "flow" : "block")}; may also duplicate the key)";
    }

    private static string LargeFile(Random random, string target)
    {
        var text = File.ReadAllText(target);
        switch (random.Next(4))
        {
            case 0:
                File.WriteAllText(target, text + "\n# " + new string('x', 9 * 1024 * 1024) + "\n");
                return "9 MiB comment (over the limit)";
            case 1:
                File.WriteAllText(target, text + "\ndescription: \"" + new string('y', 7 * 1024 * 1024) + "\"\n");
                return "7 MiB description (under the limit; may duplicate the key)";
            case 2:
                File.WriteAllText(target, text + "\nquestion: " + new string('z', 300_000) + "\n");
                return "300,000-character question";
            default:
                File.WriteAllText(target, text + "\ncountryOverrides: {" + string.Join(", ", Enumerable.Range(0, 200_000).Select(i => $"K{i}: {{}}")) + "}\n");
                return "200,000 country overrides";
        }
    }

    private static string Aliases(Random random, string target)
    {
        var text = File.ReadAllText(target);
        string addition;
        if (random.Next(2) == 0)
        {
            var bomb = new StringBuilder("\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (var i = 1; i < 9; i++)
            {
                bomb.Append($"lol{i}: &l{i} [").AppendJoin(", ", Enumerable.Repeat($"*l{i - 1}", 9)).Append("]\n");
            }

            addition = bomb.ToString();
        }
        else
        {
            addition = "\nrecursive: &r [1, *r]\n";
        }

        File.WriteAllText(target, text + addition);
        return addition.Length > 100 ? "billion laughs" : "recursive alias";
    }

    private static string Extends(Random random, string target, string folder)
    {
        var name = Path.GetFileName(target);
        var text = File.ReadAllText(target);
        string[] bases = [name, "cycle-b.yaml", "missing.yaml", "data/partners.csv", "data", "/dev/null", "/dev/zero", "../../../../../../etc/hostname", "", "baseline.yaml"];
        var chosen = bases[random.Next(bases.Length)];
        File.WriteAllText(Path.Combine(folder, "cycle-b.yaml"), $"extends: {name}\ntitle: B\n");
        var lines = text.Split('\n').Where(l => !l.StartsWith("extends:", StringComparison.Ordinal));
        File.WriteAllText(target, $"extends: \"{chosen}\"\n" + string.Join('\n', lines));
        return $"extends: \"{chosen}\"";
    }

    private static string Csv(Random random, List<string> files)
    {
        var file = files[random.Next(files.Count)];
        var lines = File.ReadAllLines(file).ToList();
        var data = Enumerable.Range(0, lines.Count).Where(i => lines[i].Length > 0 && !lines[i].StartsWith('#')).ToList();
        var header = data.Count > 0 ? data[0] : 0;
        var rows = data.Skip(1).ToList();
        var name = Path.GetFileName(file);
        string description;
        switch (random.Next(10))
        {
            case 0:
                var columns = lines[header].Split(',').ToList();
                var dropped = random.Next(columns.Count);
                columns.RemoveAt(dropped);
                lines[header] = string.Join(',', columns);
                description = $"{name}: header without column {dropped}";
                break;
            case 1:
                lines[header] += ",extra";
                description = $"{name}: extra column";
                break;
            case 2 when rows.Count > 0:
                var duplicate = rows[random.Next(rows.Count)];
                lines.Insert(duplicate + 1, lines[duplicate]);
                description = $"{name}: duplicated line {duplicate + 1}";
                break;
            case 3 when rows.Count > 0:
                var row = rows[random.Next(rows.Count)];
                var cells = lines[row].Split(',').ToList();
                cells.RemoveAt(random.Next(cells.Count));
                lines[row] = string.Join(',', cells);
                description = $"{name}: line {row + 1} missing a cell";
                break;
            case 4 when rows.Count > 0:
                var changed = rows[random.Next(rows.Count)];
                var parts = lines[changed].Split(',');
                var cell = random.Next(parts.Length);
                parts[cell] = NumberReplacements.Concat(TextReplacements).ElementAt(random.Next(NumberReplacements.Length + TextReplacements.Length)).Replace(",", "");
                lines[changed] = string.Join(',', parts);
                description = $"{name}: line {changed + 1} cell {cell} = {Short(parts[cell])}";
                break;
            case 5 when rows.Count > 0:
                var quoted = rows[random.Next(rows.Count)];
                lines[quoted] = "\"" + lines[quoted];
                description = $"{name}: unterminated quote on line {quoted + 1}";
                break;
            case 6:
                lines.Clear();
                description = $"{name}: empty";
                break;
            case 7:
                lines.AddRange(Enumerable.Repeat(lines[rows.Count > 0 ? rows[0] : header], 120_000));
                description = $"{name}: 120,000 copies of a row";
                break;
            case 8 when rows.Count > 0:
                var unicode = rows[random.Next(rows.Count)];
                lines[unicode] = "ＴＨＡ" + lines[unicode][Math.Min(3, lines[unicode].Length)..];
                description = $"{name}: full-width code on line {unicode + 1}";
                break;
            default:
                lines[header] = "\uFEFF" + lines[header].Replace(",", ";");
                description = $"{name}: semicolons and a BOM in the header";
                break;
        }

        File.WriteAllLines(file, lines);
        return description;
    }

    /// <summary>
    /// True when <paramref name="text"/> is YAML that loads into a small tree: nesting at most 200 deep
    /// and no aliases, read from the flat event stream (no recursion). False for malformed YAML too.
    /// </summary>
    public static bool IsPlainTree(string text)
    {
        try
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(text));
            var depth = 0;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.AnchorAlias:
                        return false;
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart when ++depth > 200:
                        return false;
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        break;
                }
            }

            return true;
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void CopyScenarios(string folder)
    {
        var source = Path.Combine(Support.Repository.Root, "scenarios");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static void Replace(YamlNode parent, YamlNode node, YamlNode replacement)
    {
        switch (parent)
        {
            case YamlMappingNode map:
                var key = map.Children.First(p => ReferenceEquals(p.Value, node)).Key;
                map.Children[key] = replacement;
                break;
            case YamlSequenceNode sequence:
                sequence.Children[sequence.Children.IndexOf(node)] = replacement;
                break;
        }
    }

    // Sets a scalar as YAML would read the given source text: quoted forms become quoted scalars.
    private static void SetScalar(YamlScalarNode node, string source)
    {
        if (source.Length >= 2 && source[0] == '"' && source[^1] == '"')
        {
            node.Value = System.Text.RegularExpressions.Regex.Unescape(source[1..^1]);
            node.Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted;
        }
        else if (source.Length >= 2 && source[0] == '\'' && source[^1] == '\'')
        {
            node.Value = source[1..^1];
            node.Style = YamlDotNet.Core.ScalarStyle.SingleQuoted;
        }
        else
        {
            node.Value = source;
            node.Style = YamlDotNet.Core.ScalarStyle.Plain;
        }
    }

    private static string Name(YamlNode key) => ((YamlScalarNode)key).Value ?? "";

    private static string Short(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
