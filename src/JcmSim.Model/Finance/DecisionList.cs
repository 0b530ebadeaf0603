namespace JcmSim.Model.Finance;

/// <summary>A growing list of funding decisions, turned into a <see cref="FundingDecisions"/> message at the end of a year.</summary>
internal sealed class DecisionList
{
    private readonly List<int> _trial = [];
    private readonly List<int> _country = [];
    private readonly List<int> _opportunity = [];
    private readonly List<double> _publicJpy = [];
    private readonly List<double> _privateJpy = [];
    private readonly List<double> _japanShare = [];

    /// <summary>Records that opportunity <paramref name="opportunity"/> of trial offset <paramref name="trial"/> is funded.</summary>
    public void Add(int trial, int country, int opportunity, double publicJpy, double privateJpy, double japanShare)
    {
        _trial.Add(trial);
        _country.Add(country);
        _opportunity.Add(opportunity);
        _publicJpy.Add(publicJpy);
        _privateJpy.Add(privateJpy);
        _japanShare.Add(japanShare);
    }

    /// <summary>The decisions as a message from channel <paramref name="channelIndex"/>.</summary>
    public FundingDecisions ToDecisions(int channelIndex) =>
        new(channelIndex, [.. _trial], [.. _country], [.. _opportunity], [.. _publicJpy], [.. _privateJpy], [.. _japanShare]);
}
