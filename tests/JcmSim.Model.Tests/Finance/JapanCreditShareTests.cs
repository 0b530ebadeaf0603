using JcmSim.Model.Finance;

namespace JcmSim.Model.Tests.Finance;

public sealed class JapanCreditShareTests
{
    [Theory]
    [InlineData(0.0, 0.6, 0.0, 0.6)]   // a private investor paying 60 % of the capital gets 60 % of the credits
    [InlineData(0.4, 0.5, 0.0, 0.7)]   // a 40 % subsidy plus half of the participants' 60 %
    [InlineData(0.1, 0.2, 0.5, 0.5)]   // below the programme's floor: the floor
    [InlineData(0.5, 1.0, 0.5, 1.0)]   // all Japanese money
    [InlineData(0.0, 0.0, 0.0, 0.0)]   // no Japanese money, no floor
    public void Japan_share_of_credits_follows_the_Japanese_money(double subsidyShare, double japaneseShareOfRest, double floor, double expected) =>
        Assert.Equal(expected, JapanCreditShare.Of(subsidyShare, japaneseShareOfRest, floor), 12);

    [Fact]
    public void Shares_outside_zero_to_one_are_clamped() =>
        Assert.Equal(1.0, JapanCreditShare.Of(1.5, -0.2, 0), 12);
}
