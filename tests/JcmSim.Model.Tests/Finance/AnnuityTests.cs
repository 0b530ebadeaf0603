using JcmSim.Model.Finance;

namespace JcmSim.Model.Tests.Finance;

public sealed class AnnuityTests
{
    // The closed form with the library's power: what Factor computed before it squared its way to (1+r)^L.
    private static double ClosedForm(double rate, int years) => rate / (1 - Math.Pow(1 + rate, -years));

    [Fact]
    public void Factor_agrees_with_the_closed_form_over_the_rates_and_lives_the_model_meets()
    {
        var worst = 0.0;
        for (var years = 1; years <= 80; years++)
        {
            for (var step = -4000; step <= 10000; step++)
            {
                // Returns from −40% to +100% a year, in steps of 0.0001, including the small ones near zero.
                var rate = step * 1e-4;
                if (rate == 0)
                {
                    continue;
                }

                var expected = ClosedForm(rate, years);
                worst = Math.Max(worst, Math.Abs(Annuity.Factor(rate, years) - expected) / Math.Abs(expected));
            }
        }

        Assert.InRange(worst, 0, 1e-12);
    }

    [Theory]
    [InlineData(0.08, 10, 0.14902948869708)]  // the textbook capital recovery factor at 8 % over 10 years
    [InlineData(0.05, 20, 0.08024258719069)]
    [InlineData(0.12, 15, 0.14682423964635)]
    public void Factor_is_the_capital_recovery_factor(double rate, int years, double expected) =>
        Assert.Equal(expected, Annuity.Factor(rate, years), 12);

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    public void A_zero_rate_recovers_the_capital_evenly(int years) =>
        Assert.Equal(1.0 / years, Annuity.Factor(0, years));

    [Fact]
    public void One_year_returns_the_capital_and_its_return() =>
        Assert.Equal(1.07, Annuity.Factor(0.07, 1), 14);
}
