using System.Runtime.CompilerServices;

namespace JcmSim.Model.Randomness;

/// <summary>
/// A sequence of uniform numbers identified by (seed, trial, entity, year, purpose, sub-index).
/// It is a value: copying it copies the position, and two streams with the same identity yield
/// the same numbers wherever and whenever they are created. This is what makes results
/// independent of block size, silo count and retries (README "Architecture and determinism").
/// </summary>
public struct RandomStream
{
    private const double LargestBelowOne = 1.0 - (1.0 / 9007199254740992.0);

    private readonly ulong _key;
    private readonly uint _trial;
    private readonly uint _yearPurpose;
    private readonly uint _subIndex;
    private uint _block;
    private Block128 _buffer;
    private int _used;

    /// <summary>Creates the stream for one trial of an entity key (see <see cref="StreamKey"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RandomStream(StreamKey key, int trial, uint subIndex = 0)
    {
        _key = key.Key;
        _yearPurpose = key.YearPurpose;
        _trial = (uint)trial;
        _subIndex = subIndex;
        _block = 0;
        _buffer = default;
        _used = 2;
    }

    /// <summary>A uniform number in the open interval (0, 1), with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUniform()
    {
        if (_used == 2)
        {
            _buffer = Philox4x32.Generate(new Block128(_trial, _yearPurpose, _subIndex, _block++), _key);
            _used = 0;
        }

        ulong bits = _used++ == 0
            ? ((ulong)_buffer.X0 << 32) | _buffer.X1
            : ((ulong)_buffer.X2 << 32) | _buffer.X3;
        return ToUniform(bits);
    }

    /// <summary>
    /// Maps 64 random bits to (0, 1): the top 53 bits, shifted by half a unit so 0 is never returned
    /// (logs stay finite). The largest value, (2^53 − 1/2)·2^−53, rounds to 1.0 in double
    /// arithmetic, so it is capped just below 1 (quantile functions stay finite).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double ToUniform(ulong bits) => Math.Min(((bits >> 11) + 0.5) * (1.0 / 9007199254740992.0), LargestBelowOne);
}
