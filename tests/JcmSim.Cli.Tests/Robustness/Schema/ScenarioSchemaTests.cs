using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JcmSim.Cli.Tests.Support;
using JcmSim.ScenarioFormat;
using YamlDotNet.RepresentationModel;

namespace JcmSim.Cli.Tests.Robustness.Schema;

/// <summary>
/// <c>jcmsim schema</c>, the committed <c>scenarios/scenario.schema.json</c> and the loader agree:
/// same text; every scenario file is valid; at every mapping of the baseline the schema allows
/// exactly the keys the loader allows and requires what the loader requires.
/// </summary>
public sealed partial class ScenarioSchemaTests
{
    private const string Unknown = "zzzUnknown";

    private static readonly string SchemaFile = Path.Combine(Repository.Root, "scenarios", "scenario.schema.json");

    private static readonly Lazy<JsonSchemaValidator> Validator = new(() => new JsonSchemaValidator(JsonNode.Parse(ScenarioSchema.ToJson())!.AsObject()));

    [Fact]
    public void Committed_schema_file_equals_jcmsim_schema_output()
    {
        var run = CliRun.Invoke("schema");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(ScenarioSchema.ToJson(), run.Output);
        Assert.True(File.Exists(SchemaFile), "scenarios/scenario.schema.json is missing: write it with 'jcmsim schema > scenarios/scenario.schema.json'.");
        Assert.True(File.ReadAllText(SchemaFile) == run.Output, "scenarios/scenario.schema.json is out of date: regenerate it with 'jcmsim schema > scenarios/scenario.schema.json'.");
    }

    [Fact]
    public void Schema_is_draft_2020_12_and_uses_only_keywords_the_validator_checks()
    {
        var schema = JsonNode.Parse(ScenarioSchema.ToJson())!.AsObject();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        foreach (var definition in schema["$defs"]!.AsObject())
        {
            // Validating against each definition walks every keyword in it; an unknown one throws.
            var validator = new JsonSchemaValidator(new JsonObject { ["$defs"] = schema["$defs"]!.DeepClone(), ["$ref"] = "#/$defs/" + definition.Key });
            validator.Validate(JsonNode.Parse("{}"));
        }
    }

    public static TheoryData<string> ScenarioFiles => new(Directory.GetFiles(Path.Combine(Repository.Root, "scenarios"), "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Every_scenario_file_is_valid_against_the_schema(string file)
    {
        var instance = YamlInstance.FromText(File.ReadAllText(Path.Combine(Repository.Root, "scenarios", file)));

        var errors = Validator.Value.Validate(instance);

        Assert.True(errors.Count == 0, string.Join("\n", errors.SelectMany(e => e.Flatten()).Take(40)));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Every_scenario_file_names_the_schema_on_its_first_line(string file)
    {
        var first = File.ReadLines(Path.Combine(Repository.Root, "scenarios", file)).First();

        Assert.Equal("# yaml-language-server: $schema=scenario.schema.json", first);
    }

    [Fact]
    public void Schema_allows_exactly_the_keys_the_loader_allows_at_every_mapping()
    {
        var baseline = File.ReadAllText(Repository.Baseline);
        var locations = Representative(ScenarioDocument.Mappings(ScenarioDocument.Parse(baseline)).Select((m, i) => (m.Path, Index: i)));
        var compared = 0;
        foreach (var (path, index) in locations)
        {
            var root = ScenarioDocument.Parse(baseline);
            ScenarioDocument.Mappings(root)[index].Map.Add(Unknown, "1");
            var yaml = ScenarioDocument.Save(root);
            var field = ScenarioDocument.Join(path, Unknown);

            var loaderError = LoaderErrors(yaml).FirstOrDefault(e => e.FieldPath == field && e.Problem.StartsWith("unknown key", StringComparison.Ordinal));
            var schemaErrors = Validator.Value.Validate(YamlInstance.FromText(yaml)).SelectMany(e => e.Flatten()).Where(e => e.Keyword == "additionalProperties" && e.Path == field).ToList();
            if (loaderError is null)
            {
                // Mappings keyed by data (year paths, sector rates, country overrides) report an unknown
                // year, sector or country instead; the schema checks those names by pattern.
                continue;
            }

            var loaderKeys = loaderError.Allowed.Split(", ").ToHashSet();
            Assert.True(
                schemaErrors.Any(e => e.Allowed!.SetEquals(loaderKeys)),
                $"{field}: loader allows [{string.Join(", ", loaderKeys.Order())}], schema allows " +
                string.Join(" or ", schemaErrors.Select(e => "[" + string.Join(", ", e.Allowed!.Order()) + "]")));
            compared++;
        }

        Assert.True(compared >= 40, $"only {compared} mappings compared");
    }

    [Fact]
    public void Schema_requires_what_the_loader_requires_and_accepts_what_it_accepts()
    {
        var baseline = File.ReadAllText(Repository.Baseline);
        var keys = ScenarioDocument.Mappings(ScenarioDocument.Parse(baseline))
            .SelectMany((m, i) => m.Map.Children.Keys.Select(k => (Path: ScenarioDocument.Join(m.Path, ((YamlScalarNode)k).Value!), Index: i, Key: ((YamlScalarNode)k).Value!)))
            .ToList();
        var required = 0;
        var optional = 0;
        foreach (var (path, index, key) in keys.DistinctBy(k => Shape(k.Path)))
        {
            var root = ScenarioDocument.Parse(baseline);
            ScenarioDocument.Mappings(root)[index].Map.Children.Remove(new YamlScalarNode(key));
            var yaml = ScenarioDocument.Save(root);

            var loaderErrors = LoaderErrors(yaml);
            var schemaErrors = Validator.Value.Validate(YamlInstance.FromText(yaml));
            if (loaderErrors.Count == 0)
            {
                Assert.True(schemaErrors.Count == 0, $"the loader accepts the baseline without {path}, the schema does not:\n" + string.Join("\n", schemaErrors.SelectMany(e => e.Flatten()).Take(10)));
                optional++;
            }
            else if (loaderErrors.Any(e => e.FieldPath == path && e.Problem == "required key is missing"))
            {
                Assert.True(
                    schemaErrors.SelectMany(e => e.Flatten()).Any(e => e.Keyword == "required" && e.Path == path),
                    $"the loader requires {path}, the schema does not");
                required++;
            }
        }

        Assert.True(required >= 30 && optional >= 5, $"{required} required and {optional} optional keys compared");
    }

    private static IReadOnlyList<ScenarioError> LoaderErrors(string yaml)
    {
        try
        {
            ScenarioLoader.LoadText(yaml, Path.Combine(Repository.Root, "scenarios", "agreement-check.yaml"));
            return [];
        }
        catch (ScenarioValidationException invalid)
        {
            return invalid.Errors;
        }
    }

    // One location per shape: all sectors and all channels of the same kind look alike.
    private static List<(string Path, int Index)> Representative(IEnumerable<(string Path, int Index)> locations) =>
        [.. locations.DistinctBy(l => Shape(l.Path))];

    private static string Shape(string path) => IndexPattern().Replace(SectorPattern().Replace(path, "$1.*"), "[*]");

    [GeneratedRegex(@"^(sectors|countryOverrides)\.[^.\[]+")]
    private static partial Regex SectorPattern();

    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex IndexPattern();
}
