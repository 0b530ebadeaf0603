using JcmSim.Grains.Hosting;

namespace JcmSim.Grains.Tests;

public sealed class ClusterAddressTests
{
    [Theory]
    [InlineData("redis=127.0.0.1:6379", true)]
    [InlineData("redis=localhost:6379", true)]
    [InlineData("REDIS=127.0.0.1:7000,password=secret", true)]
    [InlineData("redis=redis.internal:6379", false)]
    [InlineData("redis=10.0.0.5:6379", false)]
    public void Redis_addresses_parse_and_know_whether_they_are_on_this_machine(string text, bool loopback)
    {
        var address = ClusterAddress.Parse(text);

        Assert.Equal(loopback, address.IsLoopback);
        Assert.Equal(text[(text.IndexOf('=') + 1)..], address.RedisConfiguration);
        Assert.StartsWith("redis=", address.ToString());
    }

    [Fact]
    public void The_password_is_never_shown()
    {
        var address = ClusterAddress.Parse("redis=127.0.0.1:6379,password=secret");

        Assert.DoesNotContain("secret", address.ToString());
    }

    [Theory]
    [InlineData("127.0.0.1:6379", "expected redis=HOST:PORT")]
    [InlineData("consul=127.0.0.1:8500", "unknown membership provider 'consul'")]
    [InlineData("redis=", "no Redis host given")]
    [InlineData("", "expected redis=HOST:PORT")]
    public void Malformed_addresses_are_rejected_with_what_is_expected(string text, string problem)
    {
        Assert.False(ClusterAddress.TryParse(text, out var address, out var message));

        Assert.Null(address);
        Assert.Contains(problem, message);
        Assert.Contains("redis=HOST:PORT", message);
        Assert.Throws<FormatException>(() => ClusterAddress.Parse(text));
    }

    [Theory]
    [InlineData(0, 30000, null)]
    [InlineData(11111, 70000, null)]
    [InlineData(11111, 11111, null)]
    [InlineData(11111, 30000, 30000)]
    [InlineData(11111, 30000, 0)]
    public void Silo_options_with_bad_or_clashing_ports_are_rejected(int siloPort, int gatewayPort, int? dashboardPort)
    {
        var options = new ClusterSiloOptions
        {
            Cluster = ClusterAddress.Parse("redis=127.0.0.1:6379"),
            SiloPort = siloPort,
            GatewayPort = gatewayPort,
            DashboardPort = dashboardPort,
        };

        Assert.ThrowsAny<ArgumentException>(options.Validate);
    }
}
