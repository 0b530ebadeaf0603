namespace JcmSim.Analysis.Studies;

/// <summary>
/// The Sobol' low-discrepancy sequence (I. M. Sobol', USSR Comput. Math. Math. Phys. 7, 1967) with
/// the Joe–Kuo (2008) direction numbers, 32-bit, in natural (not Gray-code) order: point i is the
/// XOR of the direction numbers of the set bits of i. For every m, points 0 … 2ᵐ − 1 put exactly
/// one point in each dyadic interval of length 2⁻ᵐ of every coordinate.
/// </summary>
internal sealed class SobolSequence
{
    private const int Bits = 32;

    private readonly uint[][] _directions;

    /// <summary>Prepares the direction numbers of the first <paramref name="dimensions"/> dimensions.</summary>
    public SobolSequence(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        _directions = new uint[dimensions][];
        _directions[0] = new uint[Bits];
        for (var i = 0; i < Bits; i++)
        {
            _directions[0][i] = 1u << (Bits - 1 - i);
        }

        for (var d = 1; d < dimensions; d++)
        {
            _directions[d] = Directions(JoeKuoDirections.Entries[d - 1]);
        }
    }

    /// <summary>The number of dimensions the table supports.</summary>
    public static int MaxDimensions => JoeKuoDirections.Entries.Count + 1;

    /// <summary>Dimensions prepared.</summary>
    public int Dimensions => _directions.Length;

    /// <summary>Coordinate <paramref name="dimension"/> of point <paramref name="index"/>, scaled by 2³².</summary>
    public uint Coordinate(uint index, int dimension)
    {
        var v = _directions[dimension];
        uint x = 0;
        for (var bit = 0; index != 0; bit++, index >>= 1)
        {
            if ((index & 1) != 0)
            {
                x ^= v[bit];
            }
        }

        return x;
    }

    // Joe and Kuo's recurrence, in the form of their reference implementation: with s the degree
    // and a the middle coefficients, V_i = V_{i−s} ⊕ (V_{i−s} ≫ s) ⊕ ⨁_{k=1}^{s−1} a_k V_{i−k}.
    private static uint[] Directions(JoeKuoEntry entry)
    {
        var degree = 31 - System.Numerics.BitOperations.LeadingZeroCount(entry.Polynomial);
        var middle = (entry.Polynomial >> 1) & ((1u << (degree - 1)) - 1);
        var v = new uint[Bits];
        for (var i = 0; i < Bits; i++)
        {
            if (i < degree)
            {
                v[i] = entry.InitialNumbers[i] << (Bits - 1 - i);
                continue;
            }

            var value = v[i - degree] ^ (v[i - degree] >> degree);
            for (var k = 1; k < degree; k++)
            {
                if (((middle >> (degree - 1 - k)) & 1) != 0)
                {
                    value ^= v[i - k];
                }
            }

            v[i] = value;
        }

        return v;
    }
}
