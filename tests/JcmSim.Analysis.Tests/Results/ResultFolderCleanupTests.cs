using System.Diagnostics;
using JcmSim.Analysis.Results;

namespace JcmSim.Analysis.Tests.Results;

/// <summary>Leftovers of killed runs: removed when their process is gone, kept otherwise.</summary>
public sealed class ResultFolderCleanupTests
{
    private static readonly string Host = HostName();

    [Fact]
    public void Temporary_folder_is_hidden_and_names_its_host_and_process()
    {
        using var temp = new TempDirectory();

        using var folder = ResultFolder.Create(temp.Combine("out"), force: false);

        var name = Path.GetFileName(folder.TempPath);
        Assert.StartsWith($".out.{ResultFolder.PartialMarker}.{Host}.{Environment.ProcessId}.", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_folder_of_a_dead_process_is_removed_by_the_next_run()
    {
        using var temp = new TempDirectory();
        var stale = temp.Combine($".out.{ResultFolder.PartialMarker}.{Host}.{DeadProcessId()}.0123456789ab");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "trials.csv"), "half");

        using (var folder = ResultFolder.Create(temp.Combine("other"), force: false))
        {
            folder.Commit();
        }

        Assert.False(Directory.Exists(stale));
        Assert.Equal([temp.Combine("other")], Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Partial_folders_of_live_processes_and_other_hosts_are_kept()
    {
        using var temp = new TempDirectory();
        var live = temp.Combine($".out.{ResultFolder.PartialMarker}.{Host}.1.0123456789ab");
        var ownProcess = temp.Combine($".out.{ResultFolder.PartialMarker}.{Host}.{Environment.ProcessId}.0123456789ab");
        var otherHost = temp.Combine($".out.{ResultFolder.PartialMarker}.elsewhere.{DeadProcessId()}.0123456789ab");
        var unrelated = temp.Combine(".out.tmp-keep");
        foreach (var path in new[] { live, ownProcess, otherHost, unrelated })
        {
            Directory.CreateDirectory(path);
        }

        ResultFolder.RemoveStaleSiblings(temp.Path);

        Assert.All(new[] { live, ownProcess, otherHost, unrelated }, p => Assert.True(Directory.Exists(p), p));
    }

    [Fact]
    public void Result_moved_aside_by_a_killed_forced_run_is_restored()
    {
        using var temp = new TempDirectory();
        var aside = temp.Combine($".out.{ResultFolder.ReplacedMarker}.{Host}.{DeadProcessId()}.0123456789ab");
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "summary.json"), "old");

        ResultFolder.RemoveStaleSiblings(temp.Path);

        Assert.Equal("old", File.ReadAllText(temp.Combine("out", "summary.json")));
        Assert.False(Directory.Exists(aside));
    }

    [Fact]
    public void Result_moved_aside_is_dropped_when_a_new_result_took_its_place()
    {
        using var temp = new TempDirectory();
        var aside = temp.Combine($".out.{ResultFolder.ReplacedMarker}.{Host}.{DeadProcessId()}.0123456789ab");
        Directory.CreateDirectory(aside);
        Directory.CreateDirectory(temp.Combine("out"));
        File.WriteAllText(temp.Combine("out", "summary.json"), "new");

        ResultFolder.RemoveStaleSiblings(temp.Path);

        Assert.Equal("new", File.ReadAllText(temp.Combine("out", "summary.json")));
        Assert.False(Directory.Exists(aside));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    public void Unusable_output_path_is_refused_with_a_message(string outDir)
    {
        var error = Assert.Throws<OutputFolderException>(() => ResultFolder.Create(outDir, force: true));

        Assert.Contains("not a usable path", error.Message, StringComparison.Ordinal);
    }

    // The id of a process that has exited (ids are reused only after the counter wraps).
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    private static string HostName()
    {
        var host = new string(Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '-').ToArray());
        return host.Length > 0 ? host : "localhost";
    }
}
