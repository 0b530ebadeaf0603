using System.Security.Cryptography;
using System.Text;

namespace JcmSim.Explorer;

/// <summary>
/// The access token of a server listening beyond loopback, as Jupyter's: generated at start, printed
/// in the URL (<c>?token=…</c>), and asked of every request (query <c>token</c> or header
/// <c>Authorization: Bearer …</c>); compared in constant time.
/// </summary>
internal sealed class AccessToken
{
    private readonly byte[] _value;

    private AccessToken(string text)
    {
        Text = text;
        _value = Encoding.ASCII.GetBytes(text);
    }

    /// <summary>The token as it appears in the URL.</summary>
    public string Text { get; }

    /// <summary>A fresh token of 32 random bytes (hexadecimal).</summary>
    public static AccessToken Generate() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));

    /// <summary>True when <paramref name="presented"/> is the token.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), _value);
}
