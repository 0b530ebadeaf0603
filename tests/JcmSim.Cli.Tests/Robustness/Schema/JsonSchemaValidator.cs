using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JcmSim.Cli.Tests.Robustness.Schema;

/// <summary>
/// A small JSON Schema (draft 2020-12) validator for the keywords the scenario schema uses, written
/// for the tests so they depend on no third-party validator. An unknown keyword is an error, so the
/// schema cannot silently use something this validator ignores.
/// </summary>
internal sealed class JsonSchemaValidator(JsonObject root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$comment", "title", "description", "$defs"];

    /// <summary>Every problem of <paramref name="instance"/>, including those inside failed branches of anyOf/oneOf.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonNode? instance)
    {
        var errors = new List<SchemaError>();
        Check(root, instance, "", errors);
        return errors;
    }

    /// <summary>True when <paramref name="instance"/> is valid.</summary>
    public bool IsValid(JsonNode? instance) => Validate(instance).Count == 0;

    private bool Check(JsonNode schema, JsonNode? instance, string path, List<SchemaError> errors)
    {
        if (schema is JsonValue boolean && boolean.TryGetValue<bool>(out var accept))
        {
            if (!accept)
            {
                errors.Add(new SchemaError(path, "false", "no value is allowed here"));
            }

            return accept;
        }

        var node = (JsonObject)schema;
        var before = errors.Count;
        foreach (var (keyword, value) in node)
        {
            switch (keyword)
            {
                case var _ when Annotations.Contains(keyword):
                    break;
                case "$ref":
                    Check(Resolve(value!.GetValue<string>()), instance, path, errors);
                    break;
                case "type":
                    var types = value is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [value!.GetValue<string>()];
                    if (!types.Any(t => HasType(instance, t)))
                    {
                        errors.Add(new SchemaError(path, "type", $"expected {string.Join(" or ", types)}"));
                    }

                    break;
                case "const":
                    if (!JsonNode.DeepEquals(value, instance))
                    {
                        errors.Add(new SchemaError(path, "const", $"expected {value?.ToJsonString()}"));
                    }

                    break;
                case "enum":
                    if (!value!.AsArray().Any(v => JsonNode.DeepEquals(v, instance)))
                    {
                        errors.Add(new SchemaError(path, "enum", $"expected one of {value.ToJsonString()}"));
                    }

                    break;
                case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum":
                    if (Number(instance) is { } x)
                    {
                        var limit = value!.GetValue<double>();
                        var ok = keyword switch
                        {
                            "minimum" => x >= limit,
                            "maximum" => x <= limit,
                            "exclusiveMinimum" => x > limit,
                            _ => x < limit,
                        };
                        if (!ok)
                        {
                            errors.Add(new SchemaError(path, keyword, $"{x.ToString(CultureInfo.InvariantCulture)} violates {keyword} {limit.ToString(CultureInfo.InvariantCulture)}"));
                        }
                    }

                    break;
                case "minLength" or "maxLength" or "pattern":
                    if (instance is JsonValue text && text.TryGetValue<string>(out var s))
                    {
                        var ok = keyword switch
                        {
                            "minLength" => s.Length >= value!.GetValue<int>(),
                            "maxLength" => s.Length <= value!.GetValue<int>(),
                            _ => Regex.IsMatch(s, value!.GetValue<string>()),
                        };
                        if (!ok)
                        {
                            errors.Add(new SchemaError(path, keyword, $"text violates {keyword} {value!.ToJsonString()}"));
                        }
                    }

                    break;
                case "properties":
                    if (instance is JsonObject objectForProperties)
                    {
                        foreach (var (name, propertySchema) in value!.AsObject())
                        {
                            if (objectForProperties.TryGetPropertyValue(name, out var property))
                            {
                                Check(propertySchema!, property, Join(path, name), errors);
                            }
                        }
                    }

                    break;
                case "patternProperties":
                    if (instance is JsonObject objectForPatterns)
                    {
                        foreach (var (name, property) in objectForPatterns)
                        {
                            foreach (var (_, patternSchema) in value!.AsObject().Where(p => Regex.IsMatch(name, p.Key)))
                            {
                                Check(patternSchema!, property, Join(path, name), errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (instance is JsonObject objectForAdditional)
                    {
                        var known = node["properties"]?.AsObject().Select(p => p.Key).ToHashSet() ?? [];
                        var patterns = node["patternProperties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
                        foreach (var (name, property) in objectForAdditional)
                        {
                            if (known.Contains(name) || patterns.Any(p => Regex.IsMatch(name, p)))
                            {
                                continue;
                            }

                            if (value is JsonValue flag && flag.TryGetValue<bool>(out var allowed) && !allowed)
                            {
                                errors.Add(new SchemaError(Join(path, name), "additionalProperties", $"unknown key '{name}'", known));
                            }
                            else if (value is JsonObject)
                            {
                                Check(value, property, Join(path, name), errors);
                            }
                        }
                    }

                    break;
                case "propertyNames":
                    if (instance is JsonObject objectForNames)
                    {
                        foreach (var (name, _) in objectForNames)
                        {
                            Check(value!, JsonValue.Create(name), Join(path, name), errors);
                        }
                    }

                    break;
                case "required":
                    if (instance is JsonObject objectForRequired)
                    {
                        foreach (var name in value!.AsArray().Select(n => n!.GetValue<string>()).Where(n => !objectForRequired.ContainsKey(n)))
                        {
                            errors.Add(new SchemaError(Join(path, name), "required", "required key is missing"));
                        }
                    }

                    break;
                case "minProperties" or "maxProperties":
                    if (instance is JsonObject counted)
                    {
                        var limit = value!.GetValue<int>();
                        if (keyword == "minProperties" ? counted.Count < limit : counted.Count > limit)
                        {
                            errors.Add(new SchemaError(path, keyword, $"{counted.Count} keys violate {keyword} {limit}"));
                        }
                    }

                    break;
                case "items":
                    if (instance is JsonArray arrayForItems)
                    {
                        for (var i = 0; i < arrayForItems.Count; i++)
                        {
                            Check(value!, arrayForItems[i], $"{path}[{i}]", errors);
                        }
                    }

                    break;
                case "minItems" or "maxItems":
                    if (instance is JsonArray sized)
                    {
                        var limit = value!.GetValue<int>();
                        if (keyword == "minItems" ? sized.Count < limit : sized.Count > limit)
                        {
                            errors.Add(new SchemaError(path, keyword, $"{sized.Count} items violate {keyword} {limit}"));
                        }
                    }

                    break;
                case "allOf":
                    foreach (var branch in value!.AsArray())
                    {
                        Check(branch!, instance, path, errors);
                    }

                    break;
                case "anyOf" or "oneOf":
                    var branchErrors = new List<SchemaError>();
                    var passed = 0;
                    foreach (var branch in value!.AsArray())
                    {
                        var own = new List<SchemaError>();
                        if (Check(branch!, instance, path, own))
                        {
                            passed++;
                        }

                        branchErrors.Add(new SchemaError(path, "branch", "", Branch: own));
                    }

                    if (passed == 0 || (keyword == "oneOf" && passed > 1))
                    {
                        errors.Add(new SchemaError(path, keyword, passed == 0 ? "no branch matches" : "several branches match", Branches: branchErrors));
                    }

                    break;
                case "not":
                    if (Check(value!, instance, path, []))
                    {
                        errors.Add(new SchemaError(path, "not", "matches a forbidden schema"));
                    }

                    break;
                case "if":
                    var thenOrElse = Check(value!, instance, path, []) ? node["then"] : node["else"];
                    if (thenOrElse is not null)
                    {
                        Check(thenOrElse, instance, path, errors);
                    }

                    break;
                case "then" or "else":
                    break;
                default:
                    throw new NotSupportedException($"The validator does not know the keyword '{keyword}' (at schema for {path}).");
            }
        }

        return errors.Count == before;
    }

    private JsonNode Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local $defs references are supported, not '{reference}'.");
        }

        return root["$defs"]![reference[prefix.Length..]] ?? throw new InvalidOperationException($"Unresolved reference '{reference}'.");
    }

    private static bool HasType(JsonNode? instance, string type) => type switch
    {
        "null" => instance is null,
        "object" => instance is JsonObject,
        "array" => instance is JsonArray,
        "string" => instance is JsonValue v && v.TryGetValue<string>(out _),
        "boolean" => instance is JsonValue b && b.TryGetValue<bool>(out _),
        "number" => Number(instance) is not null,
        "integer" => Number(instance) is { } x && x == Math.Floor(x) && double.IsFinite(x),
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };

    private static double? Number(JsonNode? instance) =>
        instance is JsonValue v && !v.TryGetValue<string>(out _) && !v.TryGetValue<bool>(out _) && v.TryGetValue<double>(out var x) ? x : null;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}

/// <summary>One problem: where (dotted instance path), which keyword, and for unknown keys the allowed ones.</summary>
internal sealed record SchemaError(string Path, string Keyword, string Message, IReadOnlySet<string>? Allowed = null, IReadOnlyList<SchemaError>? Branch = null, IReadOnlyList<SchemaError>? Branches = null)
{
    /// <summary>This error and every error inside failed branches.</summary>
    public IEnumerable<SchemaError> Flatten()
    {
        yield return this;
        foreach (var inner in (Branch ?? []).Concat(Branches ?? []).SelectMany(e => e.Flatten()))
        {
            yield return inner;
        }
    }

    public override string ToString() => $"{Path}: {Keyword} {Message}";
}
