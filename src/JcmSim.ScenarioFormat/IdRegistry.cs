namespace JcmSim.ScenarioFormat;

/// <summary>
/// The identifiers of one kind (sectors, partners, candidates, channels) defined so far, for
/// duplicate and cross-reference checks.
/// </summary>
internal sealed class IdRegistry(string kind)
{
    private readonly Dictionary<string, SourcePosition> _ids = new(StringComparer.Ordinal);

    /// <summary>What the ids name, e.g. "sector".</summary>
    public string Kind { get; } = kind;

    /// <summary>
    /// False when the defining section could not be read at all; references are then not checked,
    /// so one missing file does not bury the real error under hundreds of "unknown" ones.
    /// </summary>
    public bool Complete { get; set; } = true;

    /// <summary>The ids in definition order.</summary>
    public IEnumerable<string> Ids => _ids.Keys;

    /// <summary>True when <paramref name="id"/> is defined.</summary>
    public bool Contains(string id) => _ids.ContainsKey(id);

    /// <summary>Defines <paramref name="id"/>; a duplicate is reported and not added.</summary>
    public bool Add(string id, SourcePosition at, string path, LoadContext context)
    {
        if (_ids.TryGetValue(id, out var first))
        {
            context.Error(at, ScenarioRules.DuplicateId(path, Kind, id, first.ToString()));
            return false;
        }

        _ids.Add(id, at);
        return true;
    }

    /// <summary>Reports <paramref name="id"/> when it is not defined (and the definitions are complete).</summary>
    public bool Check(string id, SourcePosition at, string path, LoadContext context)
    {
        if (!Complete || Contains(id))
        {
            return true;
        }

        context.Error(at, ScenarioRules.UnknownId(path, Kind, id, Ids));
        return false;
    }
}
