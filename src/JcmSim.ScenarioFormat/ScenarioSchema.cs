using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JcmSim.Model.Observations;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// The JSON Schema (draft 2020-12) of the scenario format, for editors (<c>jcmsim schema</c>,
/// <c>scenarios/scenario.schema.json</c>, the <c># yaml-language-server: $schema=…</c> line of every
/// scenario). It is generated from the loader's own description: the key lists of each section,
/// table columns, distribution kinds and <see cref="FieldRanges"/>/<see cref="ScenarioLimits"/>, so
/// a key or a range changes in one place.
/// </summary>
/// <remarks>
/// <para>A file with <c>extends:</c> states only what differs from its base, so it is checked as a
/// <i>variant</i>: nothing is required, a mapping may be <c>~</c> (removing an inherited entry) and a
/// distribution may restate only some parameters. A file without <c>extends:</c> is a whole
/// scenario and must have every required section and field.</para>
/// <para>The schema checks what a schema can: keys, types, ranges of every number, identifiers,
/// country-code format. Rules that relate several values (min ≤ mode ≤ max, years inside the
/// horizon, cross-references between sections, the opportunity flow) are the loader's: a file the
/// schema accepts may still be refused by <c>jcmsim validate</c>, never the other way round.</para>
/// <para>Numbers may also be text with digit separators (<c>12_000_000_000</c>): the loader reads them
/// as YAML 1.1 does, while editors that read YAML 1.2 see text.</para>
/// </remarks>
public static class ScenarioSchema
{
    /// <summary>The JSON Schema dialect.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema as indented JSON with a final newline: what <c>jcmsim schema</c> prints.</summary>
    public static string ToJson() => Build().ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    /// <summary>The schema as a JSON tree.</summary>
    public static JsonObject Build() => new Builder().Root();

    /// <summary>Builds the schema; definitions shared by several fields go to <c>$defs</c>.</summary>
    private sealed class Builder
    {
        private const string YearPattern = "^(19[5-9][0-9]|20[0-9][0-9]|21[0-9][0-9]|2200)$";
        private const string IdentifierPattern = "^[A-Za-z][A-Za-z0-9_-]*$";
        private const string CountryCodePattern = "^[A-Z]{3}$";
        private const string GroupedNumberPattern = @"^[+-]?[0-9]+(_[0-9]+)*(\.[0-9]+(_[0-9]+)*)?([eE][+-]?[0-9]+)?$";

        private static readonly IReadOnlyDictionary<ValueRange, string> RangeNames = typeof(FieldRanges)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ValueRange))
            .ToDictionary<FieldInfo, ValueRange, string>(f => (ValueRange)f.GetValue(null)!, f => char.ToLowerInvariant(f.Name[0]) + f.Name[1..], ReferenceEqualityComparer.Instance);

        private readonly JsonObject _defs = [];

        // True while the variant (extends:) half is built: nothing required, mappings nullable.
        private bool _partial;

        public JsonObject Root()
        {
            var root = new JsonObject
            {
                ["$schema"] = Dialect,
                ["$id"] = "urn:jcmsim:scenario",
                ["title"] = "JcmSim scenario",
                ["description"] = "A JcmSim scenario (YAML). With 'extends:' a variant states only what differs from its base. Format reference: the XML docs of JcmSim.ScenarioFormat.ScenarioLoader; check a file with 'jcmsim validate'.",
                ["type"] = "object",
                ["if"] = new JsonObject { ["required"] = Strings("extends") },
                ["then"] = Def("variant", () => Scenario(partial: true)),
                ["else"] = Def("scenario", () => Scenario(partial: false)),
            };
            root["$defs"] = Sorted(_defs);
            return root;
        }

        private JsonObject Scenario(bool partial)
        {
            _partial = partial;
            var fields = new Dictionary<string, JsonNode>
            {
                ["name"] = Text("Short identifier of the scenario in tables and files; defaults to the file name; never inherited."),
                ["title"] = Localized("Title for tables and charts: text, or {en: …, ja: …}."),
                ["question"] = Localized("The question this scenario answers, in one paragraph: text, or {en: …, ja: …}."),
                ["description"] = new JsonObject { ["description"] = "Free text; ignored." },
                ["horizon"] = Record(partial, ["firstYear", "lastYear"], ["firstYear", "lastYear"], key => Year(), $"Simulated fiscal years, firstYear ≤ lastYear, at most {ScenarioLimits.MaxHorizonYears} years."),
                ["accounting"] = Accounting(partial),
                ["sectors"] = Keyed(partial, "sector", SectorsReader.Keys, Sector, "Project types: a mapping of id to sector, or a sequence of sectors with 'id'."),
                ["partners"] = Table(PartnersReader.Columns, PartnerCell, "Countries with a signed JCM document: {file: data/partners.csv} or inline rows."),
                ["countryDefaults"] = Record(partial, CountryParametersReader.Keys, CountryParametersReader.Keys, CountryParameter, "Per-country parameters applied to every partner."),
                ["countryOverrides"] = CountryOverrides(partial),
                ["expansion"] = Record(partial, ExpansionReader.Keys, ["startYear", "newPartnersPerYear", "maxPartners"], Expansion, "How new partner countries join."),
                ["agreements"] = Record(partial, ["extensionProbability", "extensionYears", "issuanceContinuesAfterLapse"], ["extensionProbability", "extensionYears"], Agreement, "What happens when a bilateral agreement ends."),
                ["pipeline"] = Pipeline(partial),
                ["channels"] = Keyed(partial, "channel", [.. ChannelsReader.CommonChannelKeys, .. ChannelsReader.PublicChannelKeys, .. ChannelsReader.PrivateChannelKeys], Channel, "Finance channels in picking order: a mapping of id to channel, or a sequence with 'id'."),
                ["credits"] = Record(partial, [.. CreditFields.Credits.Select(f => f.Key)], [.. CreditFields.Credits.Where(f => f.IsRequired).Select(f => f.Key)], Credit, "Issuance and allocation of credits."),
                ["creditPrice"] = Record(partial, ["trendJpyPerTco2", "volatility", "persistence"], ["trendJpyPerTco2", "volatility"], CreditPrice, "The credit-price path private investors see."),
                ["existingPortfolio"] = Table(PortfolioReader.PortfolioColumns, PortfolioCell, "Projects funded before the first simulated year: {file: data/portfolio.csv} or inline rows."),
                ["uncertainties"] = Uncertainties(partial),
                ["correlations"] = Correlations(),
                ["observations"] = Table(ObservationsReader.Columns, ObservationCell, "Recorded figures every run reports beside the model's band: {file: data/jcm-record.csv} or inline rows."),
            };
            var properties = new JsonObject();
            string[] required = ["horizon", "accounting", "sectors", "partners", "countryDefaults", "expansion", "agreements", "pipeline", "channels", "credits", "creditPrice"];
            foreach (var key in ScenarioReader.RootKeys)
            {
                properties[key] = OrNull(partial, fields[key], required: required.Contains(key));
            }

            if (partial)
            {
                properties["extends"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "The base scenario file, relative to this file." };
            }

            var scenario = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = properties,
                ["additionalProperties"] = false,
            };
            if (!partial)
            {
                scenario["required"] = Strings(required);
            }

            return scenario;
        }

        // Keys are dotted input paths; the last segment names the scenario field and so its range.
        private JsonNode Uncertainties(bool partial)
        {
            var patterns = new JsonObject();
            foreach (var (field, range) in ScenarioFields.StudyRanges)
            {
                var options = new JsonArray(
                    new JsonObject { ["const"] = StudyInputsReader.OwnDistribution, ["description"] = "The input's own distribution in the scenario." },
                    Distribution(range, "The study range."));
                if (partial)
                {
                    options.Add(new JsonObject { ["type"] = "null", ["description"] = "No longer studied." });
                }

                patterns[$"\\.{field}$"] = new JsonObject { ["anyOf"] = options };
            }

            return new JsonObject
            {
                ["type"] = "object",
                ["description"] = "Inputs studies vary: dotted path (e.g. expansion.newPartnersPerYear, channels.moej.budgetMultiplier, privateCapital.multiplier) → 'own' or a study range. The loader checks the paths against the scenario.",
                ["maxProperties"] = ScenarioLimits.MaxStudyInputs,
                ["propertyNames"] = new JsonObject { ["pattern"] = "^[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)+$" },
                ["patternProperties"] = patterns,
                ["additionalProperties"] = false,
            };
        }

        private JsonNode Correlations() => new JsonObject
        {
            ["type"] = "array",
            ["description"] = "Spearman rank correlations between inputs named in uncertainties (the matrix must be positive definite).",
            ["items"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["between"] = new JsonObject { ["type"] = "array", ["minItems"] = 2, ["maxItems"] = 2, ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 } },
                    ["spearman"] = Number(StudyFields.Spearman.Values),
                },
                ["required"] = Strings(StudyInputsReader.CorrelationKeys),
                ["additionalProperties"] = false,
            },
        };

        private JsonNode Accounting(bool partial)
        {
            var target = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["fiscalYear"] = Year(),
                    ["thresholdMt"] = Number(HorizonFields.TargetThreshold.Values),
                },
                ["required"] = Strings("fiscalYear", "thresholdMt"),
                ["additionalProperties"] = false,
            };
            return Record(partial, ["startYear", "reading", "targets"], ["startYear", "targets"], key => key switch
                {
                    "startYear" => Year(),
                    "reading" => Field(HorizonFields.All, "accounting", "reading"),
                    _ => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = target, ["description"] = "Targets: cumulative MtCO2 by the end of a fiscal year inside the horizon." },
                },
                "From when reductions count, which reading of the cumulative is counted and the targets it is compared with.");
        }

        private JsonNode Sector(string key) => Field(SectorFields.All, "sector", key);

        private JsonNode CountryParameter(string key) => Field(CountryFields.Defaults, "country parameter", key);

        private JsonNode CountryOverrides(bool partial) => new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Per-partner overrides of countryDefaults, keyed by ISO 3166-1 alpha-3 code.",
            ["propertyNames"] = new JsonObject { ["pattern"] = CountryCodePattern },
            ["additionalProperties"] = OrNull(partial, Record(partial: true, CountryParametersReader.Keys, [], CountryParameter, "Parameters of one partner."), required: true),
        };

        private JsonNode Expansion(string key) => key switch
        {
            "newPartnerOpportunitiesPerYear" => new JsonObject
            {
                ["type"] = "object",
                ["description"] = ExpansionFields.NewPartnerOpportunitiesPerYear.Description,
                ["propertyNames"] = new JsonObject { ["pattern"] = IdentifierPattern },
                ["additionalProperties"] = Number(ExpansionFields.NewPartnerOpportunitiesPerYear.Values),
            },
            "candidates" => Table(ExpansionReader.CandidateColumns, CandidateCell, "Countries that may join: {file: data/candidates.csv} or inline rows."),
            "institutionalCapacity" => Table(ExpansionReader.CapacityColumns, CapacityCell, ExpansionFields.InstitutionalCapacity.Description),
            _ => Field(ExpansionFields.All, "expansion", key),
        };

        private JsonNode Agreement(string key) => Field(AgreementFields.All, "agreements", key);

        private JsonNode Pipeline(bool partial)
        {
            var pipeline = (JsonObject)Record(partial, PipelineReader.Keys, ["baseYear", "multiplier", "growthRatePerYear"], key => key switch
            {
                "file" => new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = PipelineFields.File.Description },
                "opportunities" => new JsonObject { ["type"] = "array", ["items"] = Row(PipelineReader.Columns, PipelineCell), ["description"] = "Inline rows instead of 'file'." },
                "nationalEmissions" => Table(PipelineReader.EmissionsColumns, EmissionsCell, PipelineFields.NationalEmissions.Description),
                _ => Field(PipelineFields.All, "pipeline", key),
            }, "How the flow of project opportunities grows; the partners' opportunities per sector from 'file' or 'opportunities'.");
            pipeline["not"] = new JsonObject { ["required"] = Strings("file", "opportunities") };
            if (!partial)
            {
                pipeline["anyOf"] = new JsonArray(new JsonObject { ["required"] = Strings("file") }, new JsonObject { ["required"] = Strings("opportunities") });
            }

            return pipeline;
        }

        private JsonNode Channel(string key) => Field(ChannelFields.All, "channel", key);

        private JsonNode Credit(string key) => Field(CreditFields.Credits, "credits", key);

        private JsonNode CreditPrice(string key) => Field(CreditFields.Price, "creditPrice", key);

        // The schema of the catalogued field `key` of a section: its kind, range and description.
        private JsonNode Field(IReadOnlyList<ScenarioField> fields, string section, string key)
        {
            var field = fields.FirstOrDefault(f => f.Key == key) ?? throw Unknown(section, key);
            return field.Kind switch
            {
                ScenarioFieldKind.Distribution => Distribution(field.Values, field.Description),
                ScenarioFieldKind.Number => Number(field.Values, field.Description),
                ScenarioFieldKind.YearPath => YearPath(field.Values, field.Description),
                ScenarioFieldKind.WholeNumber => Whole(field.WholeValues, field.Description),
                ScenarioFieldKind.Localized => Localized(field.Description),
                ScenarioFieldKind.List => TextList(field.Description),
                ScenarioFieldKind.Identifier => Identifier(field.Description),
                ScenarioFieldKind.Choice => Enum(field.Allowed.Split(", "), field.Description),
                ScenarioFieldKind.Boolean => new JsonObject { ["type"] = "boolean", ["description"] = field.Description },
                _ => throw Unknown(section, key),
            };
        }

        private JsonNode PartnerCell(string column) => column switch
        {
            "code" => CountryCode(),
            "nameEn" or "nameJa" or "region" or "source" => Cell(),
            "signingYear" => Year(),
            "agreementEndYear" => NullableCell(Year()),
            _ => throw Unknown("partners", column),
        };

        private JsonNode CandidateCell(string column) => column switch
        {
            "code" => CountryCode(),
            "nameEn" or "nameJa" or "region" or "reason" => Cell(),
            "weight" => Number(ExpansionFields.Weight.Values),
            _ => throw Unknown("candidates", column),
        };

        private JsonNode PipelineCell(string column) => column switch
        {
            "country" => CountryCode(),
            "sector" => Cell(),
            "opportunitiesPerYear" => Number(PipelineFields.OpportunitiesPerYear.Values),
            _ => throw Unknown("pipeline", column),
        };

        private JsonNode EmissionsCell(string column) => column switch
        {
            "code" => CountryCode(),
            "nameEn" or "role" or "source" => Cell(),
            "year" => Year(),
            _ when EmissionsFields.Sources.FirstOrDefault(f => f.Key == column) is { } field => NullableCell(Number(field.Values)),
            _ => throw Unknown("nationalEmissions", column),
        };

        private JsonNode CapacityCell(string column) => column switch
        {
            "code" => CountryCode(),
            "nameEn" or "role" or "source" => Cell(),
            "year" => Year(),
            "percentileRank" => Number(CapacityFields.PercentileRank.Values),
            _ when CapacityFields.Columns.FirstOrDefault(f => f.Key == column && f.Kind == ScenarioFieldKind.Number) is { } field => NullableCell(Number(field.Values)),
            _ => throw Unknown("institutionalCapacity", column),
        };

        private JsonNode PortfolioCell(string column) => column switch
        {
            "country" => CountryCode(),
            "sector" or "channel" => Cell(),
            "projects" => Whole(PortfolioFields.Projects.WholeValues),
            "startYear" => Year(),
            "sizeTco2PerYear" => Number(PortfolioFields.SizeTco2PerYear.Values),
            "creditingYears" => Whole(PortfolioFields.CreditingYears.WholeValues),
            _ => throw Unknown("existingPortfolio", column),
        };

        private JsonNode ObservationCell(string column) => column switch
        {
            "fiscalYear" => Year(),
            "asOf" => NullableCell(new JsonObject { ["type"] = Strings("string", "number"), ["pattern"] = @"^\d{4}(-\d{2}-\d{2})?$", ["description"] = ObservationFields.AsOf.Description }),
            "quantity" => Enum([.. ObservedQuantities.All.Select(q => q.Name)], ObservationFields.Quantity.Description),
            "value" => Number(ObservationFields.Value.Values),
            "unit" => Enum([.. ObservedQuantities.All.Select(q => q.Unit).Distinct()], ObservationFields.Unit.Description),
            "set" => Enum(["calibration", "validation"], ObservationFields.Set.Description),
            "source" or "note" => Cell(),
            _ => throw Unknown("observations", column),
        };

        // A record: the listed keys with their schemas; required keys only in a whole scenario.
        private JsonNode Record(bool partial, IReadOnlyList<string> keys, IReadOnlyList<string> required, Func<string, JsonNode> field, string description)
        {
            var properties = new JsonObject();
            foreach (var key in keys)
            {
                properties[key] = OrNull(partial, field(key), required: required.Contains(key));
            }

            var record = new JsonObject
            {
                ["type"] = "object",
                ["description"] = description,
                ["properties"] = properties,
                ["additionalProperties"] = false,
            };
            if (!partial && required.Count > 0)
            {
                record["required"] = Strings([.. required]);
            }

            return record;
        }

        // Sectors and channels: a mapping of id to entry, or a sequence of entries with 'id'.
        private JsonNode Keyed(bool partial, string kind, IReadOnlyList<string> keys, Func<string, JsonNode> field, string description)
        {
            JsonObject Entry(bool withId)
            {
                var properties = new JsonObject();
                if (withId)
                {
                    properties["id"] = Identifier($"The {kind}'s id.");
                }

                List<string> required = partial ? [] : kind == "sector" ? [.. SectorFields.All.Where(f => f.IsRequired).Select(f => f.Key)] : ["kind", "annualBudgetJpy", "japanContributionShare"];
                foreach (var key in keys)
                {
                    properties[key] = OrNull(partial, field(key), required: required.Contains(key) || (kind == "channel" && ChannelFieldIsRequired(key)));
                }

                var entry = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
                if (withId)
                {
                    required = ["id", .. required];
                }

                if (required.Count > 0)
                {
                    entry["required"] = Strings([.. required]);
                }

                if (kind == "channel")
                {
                    entry["allOf"] = new JsonArray(ChannelKindRule("public", ChannelsReader.PublicChannelKeys, ChannelsReader.PrivateChannelKeys, partial), ChannelKindRule("private", ChannelsReader.PrivateChannelKeys, ChannelsReader.PublicChannelKeys, partial));
                }

                return entry;
            }

            var byId = new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] = new JsonObject { ["pattern"] = IdentifierPattern, ["maxLength"] = ScenarioLimits.MaxIdentifierLength },
                ["additionalProperties"] = OrNull(partial, Entry(withId: false), required: true),
            };
            var sequence = new JsonObject { ["type"] = "array", ["items"] = Entry(withId: true) };
            if (!partial && kind == "sector")
            {
                byId["minProperties"] = 1;
                sequence["minItems"] = 1;
            }

            var max = kind == "sector" ? ScenarioLimits.MaxSectors : ScenarioLimits.MaxChannels;
            byId["maxProperties"] = max;
            sequence["maxItems"] = max;
            return new JsonObject { ["description"] = description, ["anyOf"] = new JsonArray(byId, sequence) };
        }

        // Whether a channel's key is required comes from the field catalogue, as for every other field.
        private static bool ChannelFieldIsRequired(string key) => ChannelFields.All.First(f => f.Key == key).IsRequired;

        // A channel of one kind requires its own keys and may not use the other kind's.
        private static JsonObject ChannelKindRule(string kind, IReadOnlyList<string> own, IReadOnlyList<string> other, bool partial)
        {
            var then = new JsonObject { ["propertyNames"] = new JsonObject { ["not"] = new JsonObject { ["enum"] = Strings([.. other]) } } };
            if (!partial)
            {
                then["required"] = Strings([.. own.Where(ChannelFieldIsRequired)]);
            }

            return new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind } }, ["required"] = Strings("kind") },
                ["then"] = then,
            };
        }

        // A table: {file: path.csv} or an inline sequence of rows with the CSV's columns as keys.
        private JsonNode Table(TableSchema schema, Func<string, JsonNode> cell, string description) => new JsonObject
        {
            ["description"] = description + " Columns: " + string.Join(", ", schema.All) + ".",
            ["anyOf"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["file"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "CSV file relative to this YAML file." } },
                    ["required"] = Strings("file"),
                    ["additionalProperties"] = false,
                },
                new JsonObject { ["type"] = "array", ["items"] = Row(schema, cell) }),
        };

        private static JsonObject Row(TableSchema schema, Func<string, JsonNode> cell)
        {
            var properties = new JsonObject();
            foreach (var column in schema.All)
            {
                properties[column] = cell(column);
            }

            var row = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
            if (schema.Required.Count > 0)
            {
                row["required"] = Strings([.. schema.Required]);
            }

            return row;
        }

        // A distribution whose support lies in `range`: a number (fixed) or {dist: …, parameters}.
        private JsonNode Distribution(ValueRange range, string description)
        {
            var name = RangeName(range) ?? throw new InvalidOperationException($"The distribution range '{range.Text}' has no name in FieldRanges.");
            var reference = Def("distribution." + name, () => DistributionDef(range));
            return new JsonObject { ["description"] = description + " A number or a distribution {dist: …}.", ["$ref"] = reference["$ref"]!.GetValue<string>() };
        }

        private JsonObject DistributionDef(ValueRange range)
        {
            var bounded = new JsonObject { ["anyOf"] = new JsonArray(NumberSchema(range), GroupedNumber()) };
            JsonObject Kind(string kind, JsonObject properties, params string[] required)
            {
                // An optional parameter given as null (`max: ~`) is absent.
                foreach (var key in properties.Select(p => p.Key).Where(k => !required.Contains(k)).ToList())
                {
                    var schema = properties[key]!;
                    properties[key] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema.DeepClone()) };
                }

                properties.Insert(0, "dist", new JsonObject { ["const"] = kind });
                return new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = properties,
                    ["required"] = Strings(["dist", .. required]),
                    ["additionalProperties"] = false,
                };
            }

            var finiteLower = !double.IsNegativeInfinity(range.Min);
            var finiteUpper = !double.IsPositiveInfinity(range.Max);
            string[] normalRequired = ["mean", "sd", .. finiteLower ? ["min"] : Array.Empty<string>(), .. finiteUpper ? ["max"] : Array.Empty<string>()];
            var kinds = new JsonArray(
                Number(range),
                Kind("fixed", new JsonObject { ["value"] = bounded.DeepClone() }, "value"),
                Kind("uniform", new JsonObject { ["min"] = bounded.DeepClone(), ["max"] = bounded.DeepClone() }, "min", "max"),
                Kind("triangular", new JsonObject { ["min"] = bounded.DeepClone(), ["mode"] = bounded.DeepClone(), ["max"] = bounded.DeepClone() }, "min", "mode", "max"),
                Kind("normal", new JsonObject { ["mean"] = Plain(), ["sd"] = Number(ValueRange.NonNegative), ["min"] = bounded.DeepClone(), ["max"] = bounded.DeepClone() }, normalRequired));

            // Log-normal support is [0, ∞): only for fields that accept 0 and have no upper domain bound.
            if (range.Contains(0) && !finiteUpper)
            {
                var median = ValueRange.Positive.UpTo(range.Ceiling);
                var logNormal = Kind("lognormal", new JsonObject
                {
                    ["median"] = Number(median),
                    ["sigma"] = Number(FieldRanges.LogNormalSigma),
                    ["mean"] = Number(median),
                    ["sd"] = Number(ValueRange.NonNegative),
                });
                static JsonObject Form(string[] given, string[] other) => new()
                {
                    ["required"] = Strings(given),
                    ["not"] = new JsonObject { ["anyOf"] = new JsonArray([.. other.Select(k => (JsonNode)new JsonObject { ["required"] = Strings(k) })]) },
                };
                logNormal["anyOf"] = new JsonArray(Form(["median", "sigma"], ["mean", "sd"]), Form(["mean", "sd"], ["median", "sigma"]));
                kinds.Add(logNormal);
            }

            // Beta on [min, max], by default [0, 1]: min/max are required where [0, 1] is not allowed.
            var unitInside = range.ContainsSupport(0, 1);
            kinds.Add(Kind("beta", new JsonObject { ["alpha"] = Number(FieldRanges.BetaShape), ["beta"] = Number(FieldRanges.BetaShape), ["min"] = bounded.DeepClone(), ["max"] = bounded.DeepClone() },
                unitInside ? ["alpha", "beta"] : ["alpha", "beta", "min", "max"]));

            var all = new JsonObject { ["anyOf"] = kinds };

            // A variant may restate some parameters of an inherited distribution without 'dist'.
            var parameters = new JsonObject();
            foreach (var key in DistributionReader.KeysByKind.Values.SelectMany(k => k).Where(k => k != "dist").Distinct())
            {
                parameters[key] = Plain();
            }

            all["$comment"] = $"Support within {range.Text}.";
            _defs["distributionPatch"] ??= new JsonObject
            {
                ["type"] = "object",
                ["description"] = "Some parameters of an inherited distribution (variants only): the rest stay as in the base.",
                ["properties"] = parameters,
                ["minProperties"] = 1,
                ["additionalProperties"] = false,
            };
            return all;
        }

        private JsonNode YearPath(ValueRange range, string description)
        {
            var name = RangeName(range) ?? throw new InvalidOperationException($"The year-path range '{range.Text}' has no name in FieldRanges.");
            var reference = Def("yearPath." + name, () => new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    Number(range),
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["minProperties"] = 1,
                        ["propertyNames"] = new JsonObject { ["pattern"] = YearPattern },
                        ["additionalProperties"] = Number(range),
                    }),
            });
            return new JsonObject { ["description"] = description, ["$ref"] = reference["$ref"]!.GetValue<string>() };
        }

        // A number in `range` (its domain and ceiling), or digit-grouped text.
        private JsonNode Number(ValueRange range, string? description = null)
        {
            JsonObject Inline() => new()
            {
                ["$comment"] = range.Text,
                ["anyOf"] = new JsonArray(NumberSchema(range), GroupedNumber()),
            };
            if (RangeName(range) is not { } name)
            {
                var inline = Inline();
                if (description is not null)
                {
                    inline.Insert(0, "description", description);
                }

                return inline;
            }

            var reference = Def("number." + name, Inline);
            return description is null ? reference : new JsonObject { ["description"] = description, ["$ref"] = reference["$ref"]!.GetValue<string>() };
        }

        private static JsonObject NumberSchema(ValueRange range)
        {
            var number = new JsonObject { ["type"] = "number" };
            if (!double.IsNegativeInfinity(range.Min))
            {
                number[range.MinInclusive ? "minimum" : "exclusiveMinimum"] = range.Min;
            }

            if (!double.IsPositiveInfinity(range.Max))
            {
                number[range.MaxInclusive ? "maximum" : "exclusiveMaximum"] = range.Max;
            }
            else if (!double.IsPositiveInfinity(range.Ceiling))
            {
                number["maximum"] = range.Ceiling;
            }

            return number;
        }

        private JsonNode Plain() => Def("number", () => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, GroupedNumber()) });

        private static JsonObject GroupedNumber() => new() { ["type"] = "string", ["pattern"] = GroupedNumberPattern };

        private static JsonObject Whole(WholeNumberRange range, string? description = null)
        {
            var whole = new JsonObject { ["type"] = "integer", ["minimum"] = range.Min, ["maximum"] = range.Max };
            if (description is not null)
            {
                whole["description"] = description;
            }

            return whole;
        }

        private static JsonObject Year(string? description = null) => Whole(WholeNumberRange.Year, description ?? "A fiscal year (April–March), 1950–2200.");

        private JsonNode Text(string description) => new JsonObject
        {
            ["description"] = description,
            ["$ref"] = Def("text", () => new JsonObject { ["type"] = Strings("string", "number", "boolean"), ["minLength"] = 1, ["maxLength"] = ScenarioLimits.MaxTextLength })["$ref"]!.GetValue<string>(),
        };

        private JsonNode Identifier(string description) => new JsonObject
        {
            ["description"] = description,
            ["$ref"] = Def("identifier", () => new JsonObject { ["type"] = "string", ["pattern"] = IdentifierPattern, ["maxLength"] = ScenarioLimits.MaxIdentifierLength })["$ref"]!.GetValue<string>(),
        };

        // 'en' is required in a whole scenario; a variant may restate only 'ja'.
        private JsonNode Localized(string description)
        {
            var text = Text("Text.");
            var parts = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["en"] = OrNull(_partial, text.DeepClone(), required: true), ["ja"] = OrNull(_partial, text.DeepClone(), required: false) },
                ["minProperties"] = 1,
                ["additionalProperties"] = false,
            };
            if (!_partial)
            {
                parts["required"] = Strings("en");
            }

            return new JsonObject { ["description"] = description, ["anyOf"] = new JsonArray(text, parts) };
        }

        private JsonNode TextList(string description) => new JsonObject
        {
            ["type"] = "array",
            ["description"] = description,
            ["items"] = Text("An id or code."),
        };

        private static JsonObject Enum(IReadOnlyList<string> values, string description) => new()
        {
            ["enum"] = Strings([.. values]),
            ["description"] = description,
        };

        private static JsonObject CountryCode() => new() { ["type"] = "string", ["pattern"] = CountryCodePattern, ["description"] = "ISO 3166-1 alpha-3 code, e.g. THA." };

        private static JsonObject Cell() => new() { ["type"] = Strings("string", "number", "boolean", "null") };

        private static JsonObject NullableCell(JsonNode schema) => new() { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, new JsonObject { ["const"] = "" }, schema) };

        // A value that is null (`key: ~`) counts as absent: fine for an optional key. In a variant,
        // null removes an inherited mapping, so any value may be null, `{}` changes nothing, and a
        // distribution may restate only some parameters.
        private static JsonNode OrNull(bool partial, JsonNode schema, bool required)
        {
            if (!partial)
            {
                return required ? schema : new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
            }

            // An empty mapping merges onto the inherited value and changes nothing.
            var options = new JsonArray(new JsonObject { ["type"] = "null" }, new JsonObject { ["type"] = "object", ["maxProperties"] = 0 }, schema);
            if (schema is JsonObject { } node && node["$ref"]?.GetValue<string>() is { } target && target.StartsWith("#/$defs/distribution.", StringComparison.Ordinal))
            {
                options.Add(new JsonObject { ["$ref"] = "#/$defs/distributionPatch" });
            }

            return new JsonObject { ["anyOf"] = options };
        }

        // Registers a shared definition once; returns a reference to it.
        private JsonObject Def(string name, Func<JsonObject> build)
        {
            if (!_defs.ContainsKey(name))
            {
                _defs[name] = null;
                _defs[name] = build();
            }

            return new JsonObject { ["$ref"] = "#/$defs/" + name };
        }

        // The FieldRanges name of a field range (shared as a definition), or null for a one-off range.
        private static string? RangeName(ValueRange range) => RangeNames.TryGetValue(range, out var name) ? name : null;

        private static JsonObject Sorted(JsonObject defs)
        {
            var sorted = new JsonObject();
            foreach (var (key, value) in defs.OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
            {
                defs.Remove(key);
                sorted[key] = value;
            }

            return sorted;
        }

        private static JsonArray Strings(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);

        private static InvalidOperationException Unknown(string section, string key) =>
            new($"The schema has no description of {section} key '{key}'; add it to the scenario field catalogue (JcmSim.ScenarioFormat.Fields).");
    }
}
