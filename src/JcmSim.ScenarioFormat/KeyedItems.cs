namespace JcmSim.ScenarioFormat;

/// <summary>
/// Collections of entries with ids (sectors, channels), given either as a mapping from id to body
/// (which lets a variant override one field of one entry) or as a sequence of mappings with an
/// <c>id</c> key.
/// </summary>
internal static class KeyedItems
{
    /// <summary>
    /// The entries of a collection given either as a sequence of mappings with an <c>id</c> key or
    /// as a mapping from id to body (which lets a variant override one field of one entry).
    /// </summary>
    public static List<KeyedItem> Read(SourceNode node, string path, LoadContext context)
    {
        var items = new List<KeyedItem>();
        switch (node)
        {
            case SourceMap map:
                foreach (var entry in map.Entries)
                {
                    var itemPath = $"{path}.{entry.Key.Value}";
                    var id = ValueReader.Identifier(entry.Key, itemPath, context);
                    items.Add(new KeyedItem(id, entry.Key, entry.Value, itemPath, IdInBody: false));
                }

                break;
            case SourceSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var itemPath = $"{path}[{i}]";
                    var body = sequence.Items[i];
                    var idEntry = (body as SourceMap)?.Find("id");
                    string? id = null;
                    if (body is SourceMap && idEntry is null)
                    {
                        context.Error(body.Position, itemPath + ".id", "required key is missing");
                    }
                    else if (idEntry is not null)
                    {
                        id = ValueReader.Identifier(idEntry.Value, itemPath + ".id", context);
                    }

                    items.Add(new KeyedItem(id, idEntry?.Value ?? body, body, itemPath, IdInBody: true));
                }

                break;
            default:
                context.Error(node.Position, path, $"expected a mapping of id to entry, or a sequence of entries with 'id', got {node.Describe()}");
                break;
        }

        return items;
    }
}
