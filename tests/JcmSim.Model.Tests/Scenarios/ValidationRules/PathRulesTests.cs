using JcmSim.ScenarioFormat;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios.ValidationRules;

/// <summary>File references that cannot name a file get a message, not an exception from the file system.</summary>
public sealed class PathRulesTests : IDisposable
{
    private const string Main = ScenarioFiles.Main;
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Nul_character_in_extends_is_not_a_usable_path()
    {
        _files.Write("variant.yaml", "extends: \"base\\0.yaml\"\ntitle: V\n");

        var error = _files.SingleError("variant.yaml");

        Assert.Equal(("extends", "the path contains a NUL character"), (error.FieldPath, error.Problem));
    }

    [Fact]
    public void Nul_character_in_a_table_file_is_not_a_usable_path()
    {
        _files.Replace(Main, "partners: {file: data/partners.csv}", "partners: {file: \"data/\\0.csv\"}");

        var error = _files.SingleError();

        Assert.Equal(("partners.file", "the path contains a NUL character"), (error.FieldPath, error.Problem));
    }

    [Fact]
    public void Empty_extends_names_the_folder_not_a_file()
    {
        _files.Write("variant.yaml", "extends: \"\"\ntitle: V\n");

        var error = _files.SingleError("variant.yaml");

        Assert.Equal("extends", error.FieldPath);
        Assert.StartsWith("this is a folder, not a file", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\0b.yaml")]
    public void Unusable_scenario_path_is_a_validation_error(string path)
    {
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(path)).Errors);

        Assert.Equal("not a usable file path", error.Problem);
    }

    [Fact]
    public void Device_that_never_ends_is_read_only_up_to_the_size_limit()
    {
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load("/dev/zero")).Errors);

        Assert.StartsWith("file too large", error.Problem, StringComparison.Ordinal);
    }
}
