using System.Runtime.CompilerServices;
using System.Text;

namespace JcmSim.Model.Randomness;

/// <summary>
/// Hashes that never change between processes, machines or .NET versions (unlike
/// <see cref="string.GetHashCode()"/>), so entity names can key random streams.
/// </summary>
public static class StableHash
{
    /// <summary>FNV-1a (64-bit) over the UTF-8 bytes of <paramref name="text"/>, then finalised by <see cref="Mix"/>.</summary>
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return Mix(hash);
    }

    /// <summary>Combines two hashes, order-sensitively.</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2)));

    /// <summary>The MurmurHash3 64-bit finaliser: a bijection with full avalanche.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z ^= z >> 33;
        z *= 0xFF51AFD7ED558CCDUL;
        z ^= z >> 33;
        z *= 0xC4CEB9FE1A85EC53UL;
        z ^= z >> 33;
        return z;
    }
}
