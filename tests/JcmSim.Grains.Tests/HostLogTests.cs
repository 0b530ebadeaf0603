using JcmSim.Grains.Hosting;
using Microsoft.Extensions.Logging;

namespace JcmSim.Grains.Tests;

public sealed class HostLogTests
{
    [Fact]
    public void A_warning_goes_to_the_attached_file_and_not_to_the_console_unless_echoed()
    {
        using var temp = new TempDirectory();
        var console = new StringWriter();
        var log = new HostLog(console);
        var path = Path.Combine(temp.Path, "jcmsim.log");
        var logger = log.CreateLogger("Orleans.Runtime.LocalSiloHealthMonitor");

        using (log.WriteTo(path))
        {
            logger.LogWarning("Self-monitoring determined that local health is degraded");
        }

        Assert.Contains("warn Orleans.Runtime.LocalSiloHealthMonitor", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("local health is degraded", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(string.Empty, console.ToString());

        log.Echo = true;
        logger.LogError("Echoed");
        Assert.Contains("error Orleans.Runtime.LocalSiloHealthMonitor[0] Echoed", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_detached_file_gets_no_later_lines_and_is_created_even_when_nothing_is_logged()
    {
        using var temp = new TempDirectory();
        var log = new HostLog(new StringWriter());
        var quiet = Path.Combine(temp.Path, "quiet.log");
        var later = Path.Combine(temp.Path, "later.log");

        log.WriteTo(quiet).Dispose();
        using (log.WriteTo(later))
        {
            log.CreateLogger("Orleans").LogWarning("after the first file was detached");
        }

        Assert.Equal(string.Empty, File.ReadAllText(quiet));
        Assert.Contains("after the first file was detached", File.ReadAllText(later), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_held_before_the_file_exists_are_written_first_when_it_is_attached()
    {
        using var temp = new TempDirectory();
        var log = new HostLog(new StringWriter());
        var path = Path.Combine(temp.Path, "jcmsim.log");
        var logger = log.CreateLogger("Orleans");

        using var held = log.Hold();
        logger.LogWarning("while the silo started");
        using (log.WriteTo(path, held))
        {
            logger.LogWarning("while the run ran");
        }

        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("while the silo started", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("while the run ran", lines[1], StringComparison.Ordinal);
    }
}
