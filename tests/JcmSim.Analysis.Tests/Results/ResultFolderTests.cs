using JcmSim.Analysis.Results;

namespace JcmSim.Analysis.Tests.Results;

public sealed class ResultFolderTests
{
    [Fact]
    public void Dispose_without_commit_leaves_nothing()
    {
        using var temp = new TempDirectory();
        var outDir = temp.Combine("out");

        using (var folder = ResultFolder.Create(outDir, force: false))
        {
            File.WriteAllText(Path.Combine(folder.TempPath, "summary.json"), "{}");
            Assert.StartsWith(temp.Combine(".out." + ResultFolder.PartialMarker + "."), folder.TempPath, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Commit_renames_the_temporary_folder_to_the_output_folder()
    {
        using var temp = new TempDirectory();
        var outDir = temp.Combine("nested", "out");

        using (var folder = ResultFolder.Create(outDir, force: false))
        {
            File.WriteAllText(Path.Combine(folder.TempPath, "summary.json"), "{}");
            folder.Commit();
            Assert.Equal(Path.GetFullPath(outDir), folder.FinalPath);
        }

        Assert.Equal("{}", File.ReadAllText(Path.Combine(outDir, "summary.json")));
        Assert.Equal([outDir], Directory.EnumerateFileSystemEntries(temp.Combine("nested")));
    }

    [Fact]
    public void Existing_non_empty_folder_is_refused_without_force()
    {
        using var temp = new TempDirectory();
        var outDir = temp.Combine("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "keep.txt"), "old");

        var error = Assert.Throws<OutputFolderException>(() => ResultFolder.Create(outDir, force: false));

        Assert.Contains(outDir, error.Message, StringComparison.Ordinal);
        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(Path.Combine(outDir, "keep.txt")));
        Assert.Equal([outDir], Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Existing_non_empty_folder_is_replaced_with_force()
    {
        using var temp = new TempDirectory();
        var outDir = temp.Combine("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "old.txt"), "old");

        using (var folder = ResultFolder.Create(outDir, force: true))
        {
            // Until commit, the old results stay in place.
            Assert.True(File.Exists(Path.Combine(outDir, "old.txt")));
            File.WriteAllText(Path.Combine(folder.TempPath, "new.txt"), "new");
            folder.Commit();
        }

        Assert.Equal(["new.txt"], Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName));
        Assert.Equal([outDir], Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Existing_empty_folder_is_used_without_force()
    {
        using var temp = new TempDirectory();
        var outDir = temp.Combine("out");
        Directory.CreateDirectory(outDir);

        using (var folder = ResultFolder.Create(outDir, force: false))
        {
            File.WriteAllText(Path.Combine(folder.TempPath, "new.txt"), "new");
            folder.Commit();
        }

        Assert.True(File.Exists(Path.Combine(outDir, "new.txt")));
    }

    [Fact]
    public void A_file_in_the_way_is_refused()
    {
        using var temp = new TempDirectory();
        var outDir = temp.Combine("out");
        File.WriteAllText(outDir, "not a folder");

        Assert.Throws<OutputFolderException>(() => ResultFolder.Create(outDir, force: true));
    }

    [Fact]
    public void Commit_twice_is_an_error()
    {
        using var temp = new TempDirectory();
        using var folder = ResultFolder.Create(temp.Combine("out"), force: false);
        folder.Commit();

        Assert.Throws<InvalidOperationException>(folder.Commit);
    }
}
