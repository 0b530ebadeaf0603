namespace JcmSim.Model.Finance;

/// <summary>
/// A channel's funding decisions of one year, in arrays reused from year to year (they grow by
/// doubling): <see cref="ToDecisions"/> wraps them without copying, valid until the next <see cref="Clear"/>.
/// </summary>
internal sealed class DecisionList
{
    private int[] _trial = new int[64];
    private int[] _country = new int[64];
    private int[] _opportunity = new int[64];
    private double[] _publicJpy = new double[64];
    private double[] _privateJpy = new double[64];
    private double[] _japanShare = new double[64];
    private int _count;
    private readonly double[] _available;
    private readonly double[] _committed;

    /// <summary>Creates the list of a channel that funds for <paramref name="trials"/> trials.</summary>
    public DecisionList(int trials)
    {
        _available = new double[trials];
        _committed = new double[trials];
    }

    /// <summary>Records trial offset <paramref name="trial"/>'s money for the year and what it committed.</summary>
    public void Money(int trial, double availableJpy, double committedJpy)
    {
        _available[trial] = availableJpy;
        _committed[trial] = committedJpy;
    }

    /// <summary>Starts a new year.</summary>
    public void Clear()
    {
        _count = 0;
        Array.Clear(_available);
        Array.Clear(_committed);
    }

    /// <summary>Records that opportunity <paramref name="opportunity"/> of trial offset <paramref name="trial"/> is funded.</summary>
    public void Add(int trial, int country, int opportunity, double publicJpy, double privateJpy, double japanShare)
    {
        if (_count == _trial.Length)
        {
            var capacity = 2 * _count;
            Array.Resize(ref _trial, capacity);
            Array.Resize(ref _country, capacity);
            Array.Resize(ref _opportunity, capacity);
            Array.Resize(ref _publicJpy, capacity);
            Array.Resize(ref _privateJpy, capacity);
            Array.Resize(ref _japanShare, capacity);
        }

        _trial[_count] = trial;
        _country[_count] = country;
        _opportunity[_count] = opportunity;
        _publicJpy[_count] = publicJpy;
        _privateJpy[_count] = privateJpy;
        _japanShare[_count] = japanShare;
        _count++;
    }

    /// <summary>The decisions as a message from channel <paramref name="channelIndex"/>.</summary>
    public FundingDecisions ToDecisions(int channelIndex) =>
        new(channelIndex, _count, _trial, _country, _opportunity, _publicJpy, _privateJpy, _japanShare) { AvailableJpy = _available, CommittedJpy = _committed };
}
