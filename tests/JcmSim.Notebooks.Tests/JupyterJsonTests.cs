using System.Text.Json.Nodes;
using JcmSim.Notebooks.Running;

namespace JcmSim.Notebooks.Tests;

public sealed class JupyterJsonTests
{
    [Fact]
    public void Writes_a_document_byte_for_byte_as_nbformat_does()
    {
        // Given a document with unsorted keys, empty containers, every kind of scalar and characters
        // that JSON may or may not escape
        var document = JsonNode.Parse("""
            {"zeta": 1, "alpha": {"b": [], "a": {}}, "text": "quote\" back\\ nl\n tab\t bell\u0007 del\u007f 日本 \u2028 <&>",
             "num": [1, -2, 0.5, 1e-07, 1e+22, 3.0], "flags": [true, false, null]}
            """);

        // When it is written
        var text = JupyterJson.Write(document);

        // Then it is what Python's json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n" gives
        const string Expected = "{\n \"alpha\": {\n  \"a\": {},\n  \"b\": []\n },\n \"flags\": [\n  true,\n  false,\n  null\n ],\n \"num\": [\n  1,\n  -2,\n  0.5,\n  1e-07,\n  1e+22,\n  3.0\n ],\n" +
            " \"text\": \"quote\\\" back\\\\ nl\\n tab\\t bell\\u0007 del\u007f 日本 \u2028 <&>\",\n \"zeta\": 1\n}\n";
        Assert.Equal(Expected, text);
    }

    [Fact]
    public void Values_set_in_code_are_written_like_parsed_ones()
    {
        var document = new JsonObject { ["execution_count"] = 3, ["metadata"] = new JsonObject(), ["source"] = NotebookDocument.Lines("a\nb\n") };

        Assert.Equal("{\n \"execution_count\": 3,\n \"metadata\": {},\n \"source\": [\n  \"a\\n\",\n  \"b\\n\"\n ]\n}\n", JupyterJson.Write(document));
    }
}
