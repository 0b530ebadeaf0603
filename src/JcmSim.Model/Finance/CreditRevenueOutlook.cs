using System.Runtime.CompilerServices;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Finance;

/// <summary>
/// What an investor expects a tonne of credits to be worth when it is finally issued (MODEL.md
/// §Finance): the price path's trend from now to the middle of the crediting period, with today's
/// deviation from the trend fading at the price model's persistence, E[ln P_{y+m}] = ln Trend_{y+m} + φ^m X_y.
/// Tables are refilled once a year; nothing is allocated per trial.
/// </summary>
internal sealed class CreditRevenueOutlook
{
    /// <summary>Years ahead the tables reach; later midpoints use the last entry.</summary>
    public const int MaxYearsAhead = 80;

    private readonly CompiledScenario _scenario;
    private readonly double[] _trendRatio = new double[MaxYearsAhead + 1];
    private readonly double[] _persistencePower = new double[MaxYearsAhead + 1];
    private readonly double[] _priceFactor = new double[MaxYearsAhead + 1];
    private readonly int[] _priceFactorStamp = new int[MaxYearsAhead + 1];
    private int _year = int.MinValue;
    private double _trendNow;
    private double _deviation;
    private int _stamp;

    /// <summary>Creates the outlook for <paramref name="scenario"/>'s credit-price model.</summary>
    public CreditRevenueOutlook(CompiledScenario scenario)
    {
        _scenario = scenario;
        var persistence = scenario.Scenario.CreditPrice.Persistence;
        var power = 1.0;
        for (var m = 0; m <= MaxYearsAhead; m++, power *= persistence)
        {
            _persistencePower[m] = power;
        }
    }

    /// <summary>Prepares the tables for fiscal year <paramref name="year"/>.</summary>
    public void For(int year)
    {
        if (year == _year)
        {
            return;
        }

        _year = year;
        var trend = _scenario.Scenario.CreditPrice.TrendJpyPerTco2;
        _trendNow = Math.Max(0, trend.At(year));
        for (var m = 0; m <= MaxYearsAhead; m++)
        {
            _trendRatio[m] = _trendNow > 0 ? Math.Max(0, trend.At(year + m)) / _trendNow : 0;
        }
    }

    /// <summary>Sets today's price of the trial being appraised; the factors of <see cref="ExpectedPrice"/> are kept until the next call.</summary>
    public void ForPrice(double priceJpy)
    {
        _deviation = _trendNow > 0 && priceJpy > 0 ? Math.Log(priceJpy / _trendNow) : 0;
        _stamp++;
    }

    /// <summary>
    /// Expected price <paramref name="yearsAhead"/> years on, JPY per tCO2, given today's price (set by
    /// <see cref="ForPrice"/>): P · Trend_{y+m}/Trend_y · exp((φ^m − 1) X), the factor taken once per m.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double ExpectedPrice(double priceJpy, double yearsAhead) => ExpectedPriceAt(priceJpy, YearsAheadIndex(yearsAhead));

    /// <summary>The whole years ahead, 0 … <see cref="MaxYearsAhead"/>, whose factor <see cref="ExpectedPrice"/> takes for <paramref name="yearsAhead"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int YearsAheadIndex(double yearsAhead) =>
        Math.Clamp((int)Math.Round(yearsAhead, MidpointRounding.AwayFromZero), 0, MaxYearsAhead);

    /// <summary><see cref="ExpectedPrice"/> for the whole years ahead <paramref name="index"/> of <see cref="YearsAheadIndex"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double ExpectedPriceAt(double priceJpy, int index)
    {
        if (_priceFactorStamp[index] != _stamp)
        {
            _priceFactorStamp[index] = _stamp;
            _priceFactor[index] = _trendRatio[index] * Math.Exp((_persistencePower[index] - 1) * _deviation);
        }

        return priceJpy * _priceFactor[index];
    }
}
