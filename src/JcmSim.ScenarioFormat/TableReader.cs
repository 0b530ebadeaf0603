namespace JcmSim.ScenarioFormat;

/// <summary>
/// Reads a data table (partners, candidates, pipeline, portfolio) either from a CSV file named by
/// <c>{file: data/x.csv}</c>, relative to the YAML file that names it, or from an inline YAML
/// sequence of mappings with the same keys as the CSV columns.
/// </summary>
internal static class TableReader
{
    /// <summary>The rows of the table at <paramref name="node"/>, or null when there is no usable table.</summary>
    public static IReadOnlyList<TableRow>? Read(SourceNode node, string path, TableSchema schema, LoadContext context)
    {
        if (node is SourceSequence sequence)
        {
            return Inline(sequence, path, schema, context);
        }

        if (node is SourceMap)
        {
            var reader = MapReader.Open(node, path, context, ["file"]);
            return reader?.Get("file") is { } file ? FromFile(file, reader.PathOf("file"), path, schema, context) : null;
        }

        context.Error(node.Position, path, $"expected {{file: path.csv}} or a sequence of rows, got {node.Describe()}", "columns: " + string.Join(", ", schema.All));
        return null;
    }

    /// <summary>The rows of the CSV file named by <paramref name="reference"/>.</summary>
    public static IReadOnlyList<TableRow>? FromFile(SourceNode reference, string referencePath, string tablePath, TableSchema schema, LoadContext context)
    {
        if (reference is not SourceScalar { IsNull: false } scalar)
        {
            context.Error(reference.Position, referencePath, $"expected a file path, got {reference.Describe()}", "a path relative to this YAML file");
            return null;
        }

        var text = context.ReadReferenced(scalar, referencePath, out var document);
        if (text is null)
        {
            return null;
        }

        var records = CsvParser.Parse(text, document, tablePath, context);
        if (records.Count == 0)
        {
            context.Error(new SourcePosition(document, 1, 1), tablePath, "the CSV file has no header row", "columns: " + string.Join(", ", schema.All));
            return null;
        }

        var header = records[0];
        var columns = new List<string?>(header.Count);
        var seen = new HashSet<string>();
        foreach (var cell in header)
        {
            if (!schema.All.Contains(cell.Text))
            {
                context.Error(cell.Position, tablePath, $"unknown column '{cell.Text}'{Suggestion.Hint(cell.Text, schema.All)}", string.Join(", ", schema.All));
                columns.Add(null);
            }
            else if (!seen.Add(cell.Text))
            {
                context.Error(cell.Position, tablePath, $"column '{cell.Text}' appears twice");
                columns.Add(null);
            }
            else
            {
                columns.Add(cell.Text);
            }
        }

        foreach (var required in schema.Required.Where(r => !seen.Contains(r)))
        {
            context.Error(header[0].Position, tablePath, $"missing column '{required}'", "required columns: " + string.Join(", ", schema.Required));
        }

        var rows = new List<TableRow>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            var index = r - 1;
            if (record.Count != header.Count)
            {
                context.Error(record[0].Position, $"{tablePath}[{index}]", $"the row has {record.Count} fields but the header has {header.Count}");
            }

            var cells = new Dictionary<string, TableCell>();
            for (var k = 0; k < Math.Min(record.Count, header.Count); k++)
            {
                if (columns[k] is { } column)
                {
                    cells[column] = record[k];
                }
            }

            rows.Add(new TableRow(index, record[0].Position, cells, tablePath));
        }

        return rows;
    }

    private static List<TableRow> Inline(SourceSequence sequence, string path, TableSchema schema, LoadContext context)
    {
        var rows = new List<TableRow>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var rowPath = $"{path}[{i}]";
            var reader = MapReader.Open(sequence.Items[i], rowPath, context, schema.All);
            if (reader is null)
            {
                continue;
            }

            var cells = new Dictionary<string, TableCell>();
            foreach (var entry in reader.Map.Entries.Where(e => schema.All.Contains(e.Key.Value)))
            {
                if (entry.Value is SourceScalar scalar)
                {
                    cells[entry.Key.Value] = new TableCell(scalar.IsNull ? "" : scalar.Value, scalar.Position);
                }
                else
                {
                    context.Error(entry.Value.Position, reader.PathOf(entry.Key.Value), $"expected a single value, got {entry.Value.Describe()}");
                }
            }

            foreach (var required in schema.Required.Where(r => reader.Map.Find(r) is null))
            {
                context.Error(reader.Map.Position, reader.PathOf(required), "required key is missing");
            }

            rows.Add(new TableRow(i, reader.Map.Position, cells, path));
        }

        return rows;
    }
}
