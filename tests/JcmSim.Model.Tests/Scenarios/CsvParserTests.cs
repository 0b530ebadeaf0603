using JcmSim.ScenarioFormat;

namespace JcmSim.Model.Tests.Scenarios;

public sealed class CsvParserTests
{
    private static readonly SourceDocument Document = new("/data/x.csv", "data/x.csv");

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        var context = new LoadContext("x.yaml");

        var records = CsvParser.Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\nlast,  padded  \n", Document, "t", context);

        Assert.Equal(0, context.ErrorCount);
        Assert.Equal([["a", "b"], ["x, y", "say \"hi\"\nthere"], ["last", "padded"]], records.Select(r => r.Select(c => c.Text).ToArray()).ToArray());
        Assert.Equal((2, 1), (records[1][0].Position.Line, records[1][0].Position.Column));
        Assert.Equal((2, 8), (records[1][1].Position.Line, records[1][1].Position.Column));
        Assert.Equal((4, 8), (records[2][1].Position.Line, records[2][1].Position.Column));
    }

    [Fact]
    public void Comments_and_blank_lines_are_skipped_but_counted()
    {
        var context = new LoadContext("x.yaml");

        var records = CsvParser.Parse("# provenance\n\n  \nh\n# more\nv\n", Document, "t", context);

        Assert.Equal([4, 6], records.Select(r => r[0].Position.Line));
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var context = new LoadContext("x.yaml");

        CsvParser.Parse("\"a\"b,c\n", Document, "t", context);

        var error = Assert.Single(context.SortedErrors());
        Assert.Equal(("data/x.csv", 1, 4), (error.File, error.Line, error.Column));
    }
}
