using JcmSim.Analysis.Tables;

namespace JcmSim.Notebooks.Tests;

public sealed class ResultTableTests
{
    private static readonly ResultTable Table = new(new TextTable(
        ["シナリオ", "P(met)"],
        [false, true],
        [["現行政策", "0.0%"], ["A|B <x>", "53.3%"]],
        "300 trials"));

    [Fact]
    public void Plain_text_pads_wide_characters_by_their_display_width()
    {
        var lines = Table.ToString().Split('\n');

        Assert.Equal("シナリオ  P(met)", lines[0]);
        Assert.Equal("現行政策    0.0%", lines[2]);
        Assert.Equal("A|B <x>    53.3%", lines[3]);
        Assert.Equal("300 trials", lines[4]);
    }

    [Fact]
    public void Markdown_escapes_pipes_and_aligns_numbers_right()
    {
        var markdown = Table.ToMarkdown();

        Assert.Contains("|---|---:|", markdown, StringComparison.Ordinal);
        Assert.Contains("| A\\|B <x> | 53.3% |", markdown, StringComparison.Ordinal);
        Assert.Contains("*300 trials*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_encodes_cell_text()
    {
        var html = Table.ToHtml();

        Assert.Contains("<td style=\"text-align:left\">A|B &lt;x&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>300 trials</caption>", html, StringComparison.Ordinal);
    }
}
