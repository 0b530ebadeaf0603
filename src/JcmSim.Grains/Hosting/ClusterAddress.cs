using System.Diagnostics.CodeAnalysis;
using System.Net;
using StackExchange.Redis;

namespace JcmSim.Grains.Hosting;

/// <summary>
/// Where a JcmSim cluster keeps its membership: the value of <c>--cluster</c>, written
/// <c>redis=HOST:PORT</c>. Everything after <c>redis=</c> is a StackExchange.Redis configuration
/// string, so <c>redis=HOST:PORT,password=SECRET,ssl=true</c> works as well.
/// </summary>
public sealed class ClusterAddress
{
    /// <summary>The only membership provider: Redis (Microsoft.Orleans.Clustering.Redis).</summary>
    public const string RedisProvider = "redis";

    /// <summary>Orleans service id of every JcmSim cluster (the Redis key prefix of its membership table).</summary>
    public const string ServiceId = "jcmsim";

    /// <summary>Orleans cluster id of every JcmSim cluster.</summary>
    public const string ClusterId = "jcmsim";

    private ClusterAddress(string redisConfiguration, ConfigurationOptions parsed)
    {
        RedisConfiguration = redisConfiguration;
        IsLoopback = parsed.EndPoints.All(IsLoopbackEndPoint);
        Display = $"{RedisProvider}={parsed.ToString(includePassword: false)}";
    }

    /// <summary>The StackExchange.Redis configuration string (after <c>redis=</c>).</summary>
    public string RedisConfiguration { get; }

    /// <summary>
    /// True when Redis is on this machine (localhost or a loopback address): the cluster can then
    /// only be a single-machine one, so silos advertise and listen on the loopback address.
    /// </summary>
    public bool IsLoopback { get; }

    private string Display { get; }

    /// <summary>Parses <c>redis=HOST:PORT</c>.</summary>
    /// <exception cref="FormatException">The text is not of that form; the message says what is expected.</exception>
    public static ClusterAddress Parse(string text) =>
        TryParse(text, out var address, out var problem) ? address : throw new FormatException(problem);

    /// <summary>Parses <c>redis=HOST:PORT</c>; on failure <paramref name="problem"/> says what is wrong and what is expected.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ClusterAddress? address, [NotNullWhen(false)] out string? problem)
    {
        address = null;
        const string Expected = "expected redis=HOST:PORT, e.g. redis=127.0.0.1:6379";
        var separator = text?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        if (text is null || separator < 0)
        {
            problem = $"--cluster '{text}': {Expected}";
            return false;
        }

        var provider = text[..separator].Trim();
        var configuration = text[(separator + 1)..].Trim();
        if (!string.Equals(provider, RedisProvider, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"--cluster '{text}': unknown membership provider '{provider}' (allowed: {RedisProvider}); {Expected}";
            return false;
        }

        if (configuration.Length == 0)
        {
            problem = $"--cluster '{text}': no Redis host given; {Expected}";
            return false;
        }

        ConfigurationOptions parsed;
        try
        {
            parsed = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException exception)
        {
            problem = $"--cluster '{text}': {exception.Message}; {Expected}";
            return false;
        }

        if (parsed.EndPoints.Count == 0)
        {
            problem = $"--cluster '{text}': no Redis host given; {Expected}";
            return false;
        }

        address = new ClusterAddress(configuration, parsed);
        problem = null;
        return true;
    }

    /// <summary><c>redis=HOST:PORT</c>, without any password.</summary>
    public override string ToString() => Display;

    private static bool IsLoopbackEndPoint(EndPoint endPoint) => endPoint switch
    {
        IPEndPoint ip => IPAddress.IsLoopback(ip.Address),
        DnsEndPoint dns => string.Equals(dns.Host, "localhost", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
