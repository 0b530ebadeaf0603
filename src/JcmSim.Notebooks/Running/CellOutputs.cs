using System.Text;
using System.Text.Json.Nodes;

namespace JcmSim.Notebooks.Running;

/// <summary>
/// What one code cell produces, in order: standard output (merged into stream outputs between
/// displays), displayed values and the value of the cell's last expression, as nbformat 4 outputs.
/// </summary>
internal sealed class CellOutputs
{
    private readonly object _gate = new();
    private readonly StringBuilder _stream = new();
    private readonly List<JsonObject> _outputs = [];

    public void Write(string text)
    {
        lock (_gate)
        {
            _stream.Append(text);
        }
    }

    public void Display(object? value)
    {
        lock (_gate)
        {
            FlushStream();
            _outputs.Add(new JsonObject
            {
                ["data"] = DisplayFormats.Bundle(value),
                ["metadata"] = new JsonObject(),
                ["output_type"] = "display_data",
            });
        }
    }

    public void Result(object value, int executionCount)
    {
        lock (_gate)
        {
            FlushStream();
            _outputs.Add(new JsonObject
            {
                ["data"] = DisplayFormats.Bundle(value),
                ["execution_count"] = executionCount,
                ["metadata"] = new JsonObject(),
                ["output_type"] = "execute_result",
            });
        }
    }

    public JsonArray ToJson()
    {
        lock (_gate)
        {
            FlushStream();
            return new JsonArray([.. _outputs.Select(o => (JsonNode)o.DeepClone())]);
        }
    }

    private void FlushStream()
    {
        if (_stream.Length == 0)
        {
            return;
        }

        _outputs.Add(new JsonObject
        {
            ["name"] = "stdout",
            ["output_type"] = "stream",
            ["text"] = NotebookDocument.Lines(_stream.ToString()),
        });
        _stream.Clear();
    }
}
