namespace JcmSim.ScenarioFormat;

/// <summary>
/// Applies <c>extends:</c>: loads the chain of base files (each path relative to the file that
/// names it) and deep-merges them, most derived last.
/// </summary>
/// <remarks>
/// Merge rules: mappings merge key by key (the variant's value wins, nested mappings merge
/// recursively, new keys are appended in the variant's order); sequences and scalars replace.
/// Mappings that are single values rather than records replace as a whole when the variant
/// restates them: a distribution with <c>dist:</c>, a text with <c>en:</c>, a year path keyed by
/// years (so a new triangular does not inherit the base's lognormal median). A distribution mapping
/// without <c>dist:</c> tweaks the inherited parameters (e.g. <c>{mode: 0.5}</c>).
/// A null value (<c>key: ~</c>) over an inherited mapping removes that key, so a variant can drop
/// a channel or sector given as a keyed mapping. <c>name</c> is never inherited: a scenario is named
/// by its own file. Merged nodes keep their own file and position, so errors point at the file
/// that actually holds the offending value.
/// </remarks>
internal static class ExtendsResolver
{
    /// <summary>
    /// The root mapping with all its bases merged in, <c>extends</c> removed; null when a base
    /// could not be loaded (missing, cycle, syntax error), because every field it would have
    /// supplied would then be reported missing and bury the one real error.
    /// </summary>
    public static SourceMap? Resolve(SourceMap root, LoadContext context)
    {
        var errorsBefore = context.ErrorCount;
        var merged = ResolveChain(root, [root.Position.Document], context, isRoot: true);
        return context.ErrorCount == errorsBefore ? merged : null;
    }

    /// <summary>Deep-merges <paramref name="overrides"/> onto <paramref name="baseMap"/>.</summary>
    public static SourceMap Merge(SourceMap baseMap, SourceMap overrides)
    {
        var entries = new List<SourceEntry>(baseMap.Entries.Count + overrides.Entries.Count);
        foreach (var inherited in baseMap.Entries)
        {
            var own = overrides.Find(inherited.Key.Value);
            if (own is null)
            {
                entries.Add(inherited);
            }
            else if (inherited.Value is SourceMap inheritedMap && own.Value is SourceMap ownMap && !IsWholeValue(ownMap))
            {
                entries.Add(new SourceEntry(own.Key, Merge(inheritedMap, ownMap)));
            }
            else if (inherited.Value is SourceMap && own.Value is SourceScalar { IsNull: true })
            {
                // Removal of an inherited mapping, e.g. `channels: {unido: ~}`.
                continue;
            }
            else
            {
                entries.Add(own);
            }
        }

        foreach (var own in overrides.Entries)
        {
            if (baseMap.Find(own.Key.Value) is null)
            {
                entries.Add(own);
            }
        }

        return new SourceMap(overrides.Position, entries);
    }

    // A distribution, a localized text or a year path stated in full.
    private static bool IsWholeValue(SourceMap map) =>
        map.Find("dist") is not null
        || map.Find("en") is not null
        || (map.Entries.Count > 0 && map.Entries.All(e => int.TryParse(e.Key.Value, out _)));

    private static SourceMap ResolveChain(SourceMap map, List<SourceDocument> chain, LoadContext context, bool isRoot)
    {
        var own = new SourceMap(
            map.Position,
            map.Entries.Where(e => e.Key.Value != "extends" && (isRoot || e.Key.Value != "name")).ToList());
        var extends = map.Find("extends");
        if (extends is null)
        {
            return own;
        }

        if (extends.Value is not SourceScalar { IsNull: false } reference)
        {
            context.Error(extends.Value.Position, "extends", $"expected the path of a base scenario file, got {extends.Value.Describe()}", "a path relative to this file, e.g. baseline.yaml");
            return own;
        }

        if (reference.Position.Document.PathProblem(reference.Value) is { } unusable)
        {
            context.Error(reference.Position, "extends", unusable, "a path relative to this file, e.g. baseline.yaml");
            return own;
        }

        var document = context.Document(reference.Position.Document.Resolve(reference.Value));
        var cycleStart = chain.FindIndex(d => d.FullPath == document.FullPath);
        if (cycleStart >= 0)
        {
            var names = chain.Skip(cycleStart).Select(d => d.DisplayPath).Append(document.DisplayPath);
            context.Error(reference.Position, "extends", "extends cycle: " + string.Join(" → ", names));
            return own;
        }

        if (chain.Count >= ScenarioLimits.MaxExtendsDepth)
        {
            context.Error(reference.Position, "extends", $"the chain of extends: bases is longer than {ScenarioLimits.MaxExtendsDepth} files", $"at most {ScenarioLimits.MaxExtendsDepth} levels of extends:");
            return own;
        }

        var problem = context.ReadFile(document.FullPath, out var text);
        if (problem is not null || text is null)
        {
            var what = problem == "file not found" ? "base file not found" : problem;
            context.Error(reference.Position, "extends", $"{what}: {document.DisplayPath}");
            return own;
        }

        var baseRoot = YamlSourceReader.Read(text, document, context);
        if (baseRoot is null)
        {
            return own;
        }

        chain.Add(document);
        var resolvedBase = ResolveChain(baseRoot, chain, context, isRoot: false);
        return Merge(resolvedBase, own);
    }
}
