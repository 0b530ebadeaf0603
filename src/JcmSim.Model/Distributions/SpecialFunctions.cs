using JcmSim.Model.Randomness;

namespace JcmSim.Model.Distributions;

/// <summary>Numerical building blocks for sampling; pure and allocation-free.</summary>
public static class SpecialFunctions
{
    /// <summary>
    /// The standard normal quantile Φ⁻¹(p), 0 &lt; p &lt; 1, by Wichura's algorithm AS 241
    /// (PPND16, Applied Statistics 37(3), 1988), accurate to about 1e-16.
    /// </summary>
    public static double NormalQuantile(double p)
    {
        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - (q * q);
            return q * CentralNumeratorPolynomial(r) / CentralDenominatorPolynomial(r);
        }

        var tail = Math.Sqrt(-Math.Log(q < 0 ? p : 1 - p));
        var value = tail <= 5
            ? NearNumeratorPolynomial(tail - 1.6) / NearDenominatorPolynomial(tail - 1.6)
            : FarNumeratorPolynomial(tail - 5) / FarDenominatorPolynomial(tail - 5);
        return q < 0 ? -value : value;
    }

    // AS 241 and erfcc polynomials in Horner form, written out so the JIT keeps them in registers.
    private static double CentralNumeratorPolynomial(double x) =>
        ((((((((((((((2509.0809287301226727) * x) + 33430.575583588128105) * x) + 67265.770927008700853) * x) + 45921.953931549871457) * x) + 13731.693765509461125) * x) + 1971.5909503065514427) * x) + 133.14166789178437745) * x) + 3.387132872796366608;

    private static double CentralDenominatorPolynomial(double x) =>
        ((((((((((((((5226.495278852545925) * x) + 28729.085735721942674) * x) + 39307.89580009271061) * x) + 21213.794301586595867) * x) + 5394.1960214247511077) * x) + 687.1870074920579083) * x) + 42.313330701600911252) * x) + 1.0;

    private static double NearNumeratorPolynomial(double x) =>
        ((((((((((((((7.7454501427834140764e-4) * x) + 0.0227238449892691845833) * x) + 0.24178072517745061177) * x) + 1.27045825245236838258) * x) + 3.64784832476320460504) * x) + 5.7694972214606914055) * x) + 4.6303378461565452959) * x) + 1.42343711074968357734;

    private static double NearDenominatorPolynomial(double x) =>
        ((((((((((((((1.05075007164441684324e-9) * x) + 5.475938084995344946e-4) * x) + 0.0151986665636164571966) * x) + 0.14810397642748007459) * x) + 0.68976733498510000455) * x) + 1.6763848301838038494) * x) + 2.05319162663775882187) * x) + 1.0;

    private static double FarNumeratorPolynomial(double x) =>
        ((((((((((((((2.01033439929228813265e-7) * x) + 2.71155556874348757815e-5) * x) + 0.0012426609473880784386) * x) + 0.026532189526576123093) * x) + 0.29656057182850489123) * x) + 1.7848265399172913358) * x) + 5.4637849111641143699) * x) + 6.6579046435011037772;

    private static double FarDenominatorPolynomial(double x) =>
        ((((((((((((((2.04426310338993978564e-15) * x) + 1.4215117583164458887e-7) * x) + 1.8463183175100546818e-5) * x) + 7.868691311456132591e-4) * x) + 0.0148753612908506148525) * x) + 0.13692988092273580531) * x) + 0.59983220655588793769) * x) + 1.0;

    private static double ErfcCoefficientsPolynomial(double x) =>
        ((((((((((((((((((0.17087277) * x) + -0.82215223) * x) + 1.48851587) * x) + -1.13520398) * x) + 0.27886807) * x) + -0.18628806) * x) + 0.09678418) * x) + 0.37409196) * x) + 1.00002368) * x) + -1.26551223;

    /// <summary>The standard normal CDF Φ(x), via erfc (W. J. Cody's rational approximations, as in most libms).</summary>
    public static double NormalCdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    /// <summary>The standard normal density φ(x).</summary>
    public static double NormalPdf(double x) => double.IsInfinity(x) ? 0 : Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);

    /// <summary>Complementary error function with relative error below 1.2e-7 everywhere (Numerical Recipes erfcc): ample for truncation bounds.</summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1.0 / (1.0 + (0.5 * z));
        var poly = ErfcCoefficientsPolynomial(t);
        var ans = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? ans : 2.0 - ans;
    }

    /// <summary>
    /// A Gamma(shape, 1) variate by Marsaglia and Tsang (ACM TOMS 26(3), 2000); shapes below 1
    /// use the boost G(a) = G(a+1)·U^(1/a).
    /// </summary>
    public static double SampleGamma(double shape, ref RandomStream stream)
    {
        if (shape < 1)
        {
            var boosted = SampleGamma(shape + 1, ref stream);
            return boosted * Math.Pow(stream.NextUniform(), 1.0 / shape);
        }

        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = NormalQuantile(stream.NextUniform());
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = stream.NextUniform();
            if (u < 1 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    /// <summary>The largest mean <see cref="SamplePoisson"/> takes: its counts must fit an <see cref="int"/> with room to spare.</summary>
    public const double MaxPoissonMean = 1e9;

    /// <summary>
    /// A Poisson(λ) count. Inversion by sequential search for λ &lt; 30 (one uniform); above,
    /// Hörmann's PTRS transformed rejection (Insurance: Math. and Econ. 12, 1993).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="lambda"/> is NaN, infinite or above <see cref="MaxPoissonMean"/>: the rejection
    /// loop would never accept a NaN candidate, and an infinite mean has no count.
    /// </exception>
    public static int SamplePoisson(double lambda, ref RandomStream stream)
    {
        if (!(lambda <= MaxPoissonMean) || double.IsNegativeInfinity(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, $"A Poisson mean must be a finite number ≤ {MaxPoissonMean:G3}.");
        }

        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda < 30)
        {
            var u = stream.NextUniform();
            var p = Math.Exp(-lambda);
            var cumulative = p;
            var k = 0;
            while (u > cumulative && k < 1000)
            {
                k++;
                p *= lambda / k;
                cumulative += p;
            }

            return k;
        }

        var slam = Math.Sqrt(lambda);
        var loglam = Math.Log(lambda);
        var b = 0.931 + (2.53 * slam);
        var a = -0.059 + (0.02483 * b);
        var invalpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = stream.NextUniform() - 0.5;
            var v = stream.NextUniform();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invalpha) - Math.Log((a / (us * us)) + b) <= -lambda + (k * loglam) - LogFactorial(k))
            {
                return (int)k;
            }
        }
    }

    /// <summary>
    /// ln Γ(x) for x &gt; 0 by the Lanczos approximation with g = 671/128 and 14 terms (Numerical
    /// Recipes, 3rd ed., §6.1 gammln), relative error about 1e-15.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> ≤ 0.</exception>
    public static double LogGamma(double x)
    {
        if (!(x > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "ln Γ(x) needs x > 0.");
        }

        var y = x;
        var tmp = x + 5.24218750000000000;
        tmp = ((x + 0.5) * Math.Log(tmp)) - tmp;
        var series = 0.999999999999997092;
        foreach (var coefficient in LanczosCoefficients)
        {
            series += coefficient / ++y;
        }

        return tmp + Math.Log(2.5066282746310005 * series / x);
    }

    private static readonly double[] LanczosCoefficients =
    [
        57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
        0.339946499848118887e-4, 0.465236289270485756e-4, -0.983744753048795646e-4, 0.158088703224912494e-3,
        -0.210264441724104883e-3, 0.217439618115212643e-3, -0.164318106536763890e-3, 0.844182239838527433e-4,
        -0.261908384015814087e-4, 0.368991826595316234e-5,
    ];

    /// <summary>
    /// The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), the CDF of Beta(a, b)
    /// at x, for a, b &gt; 0: the continued fraction of Numerical Recipes (3rd ed., §6.4 betai/betacf)
    /// evaluated by the modified Lentz method, on the side of x where it converges fast
    /// (I_x(a, b) = 1 − I_{1−x}(b, a)). Relative error about 1e-14.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="a"/> or <paramref name="b"/> ≤ 0.</exception>
    public static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        CheckBetaShape(a, b);
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - (front * BetaContinuedFraction(b, a, 1 - x) / b);
    }

    /// <summary>
    /// The inverse of <see cref="RegularizedIncompleteBeta"/> in x: the p-quantile of Beta(a, b),
    /// 0 ≤ p ≤ 1. Starts from the initial approximations of Numerical Recipes (3rd ed., §6.14
    /// invbetai) and refines by Halley steps on I_x(a, b) − p, falling back to bisection whenever a
    /// step leaves the bracket that the signs of I_x(a, b) − p have narrowed down, so it always
    /// converges; accurate to about 1e-14 relative.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="a"/> or <paramref name="b"/> ≤ 0, or <paramref name="p"/> outside [0, 1].</exception>
    public static double InverseRegularizedIncompleteBeta(double a, double b, double p)
    {
        CheckBetaShape(a, b);
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability must be in [0, 1].");
        }

        if (p == 0)
        {
            return 0;
        }

        if (p == 1)
        {
            return 1;
        }

        // Solve in the variable nearer zero, where doubles resolve the tail: Q(p; a, b) = 1 − Q(1 − p; b, a).
        return p > 0.5 ? 1 - LowerBetaQuantile(b, a, 1 - p) : LowerBetaQuantile(a, b, p);
    }

    private static double LowerBetaQuantile(double a, double b, double p)
    {
        var x = Math.Clamp(InitialBetaQuantile(a, b, p), 1e-300, 1 - 1e-16);
        var logNormaliser = LogGamma(a + b) - LogGamma(a) - LogGamma(b);
        double low = 0, high = 1;
        for (var iteration = 0; iteration < 1000; iteration++)
        {
            var error = RegularizedIncompleteBeta(a, b, x) - p;
            if (error == 0)
            {
                return x;
            }

            if (error < 0)
            {
                low = x;
            }
            else
            {
                high = x;
            }

            var density = Math.Exp(((a - 1) * Math.Log(x)) + ((b - 1) * Math.Log(1 - x)) + logNormaliser);
            var newton = error / density;
            var step = newton / (1 - (0.5 * Math.Min(1, newton * (((a - 1) / x) - ((b - 1) / (1 - x))))));
            var next = x - step;
            if (!double.IsFinite(next) || next <= low || next >= high)
            {
                next = 0.5 * (low + high);
            }

            if (Math.Abs(next - x) <= 1e-15 * Math.Max(x, 1e-300) || high - low <= 1e-16 * high)
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    private static double InitialBetaQuantile(double a, double b, double p)
    {
        if (a >= 1 && b >= 1)
        {
            // A normal approximation (Abramowitz & Stegun 26.5.22 via 26.2.23).
            var pp = p < 0.5 ? p : 1 - p;
            var t = Math.Sqrt(-2 * Math.Log(pp));
            var z = ((2.30753 + (t * 0.27061)) / (1 + (t * (0.99229 + (t * 0.04481))))) - t;
            if (p < 0.5)
            {
                z = -z;
            }

            var al = ((z * z) - 3) / 6;
            var h = 2 / ((1 / ((2 * a) - 1)) + (1 / ((2 * b) - 1)));
            var w = (z * Math.Sqrt(al + h) / h) - (((1 / ((2 * b) - 1)) - (1 / ((2 * a) - 1))) * (al + (5.0 / 6) - (2 / (3 * h))));
            return a / (a + (b * Math.Exp(2 * w)));
        }

        // Small shapes: invert the two power-law tails x^a/a and (1−x)^b/b.
        var lna = Math.Log(a / (a + b));
        var lnb = Math.Log(b / (a + b));
        var left = Math.Exp(a * lna) / a;
        var right = Math.Exp(b * lnb) / b;
        var total = left + right;
        return p < left / total
            ? Math.Pow(a * total * p, 1 / a)
            : 1 - Math.Pow(b * total * (1 - p), 1 / b);
    }

    private static double BetaContinuedFraction(double a, double b, double x)
    {
        const double Tiny = 1e-300;
        const double Epsilon = 1e-15;
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1 / d;
        var h = d;

        // Converges in O(√max(a, b)) terms; the bound only guards against a non-finite input.
        for (var m = 1; m <= 100_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) <= Epsilon)
            {
                break;
            }
        }

        return h;
    }

    private static void CheckBetaShape(double a, double b)
    {
        if (!(a > 0) || !(b > 0))
        {
            throw new ArgumentOutOfRangeException(a > 0 ? nameof(b) : nameof(a), "Beta shape parameters must be > 0.");
        }
    }

    /// <summary>ln(k!) by Stirling's series for k ≥ 10, exactly below.</summary>
    public static double LogFactorial(double k)
    {
        if (k < 10)
        {
            var f = 1.0;
            for (var i = 2; i <= (int)k; i++)
            {
                f *= i;
            }

            return Math.Log(f);
        }

        var x = k + 1;
        return ((x - 0.5) * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI)) + (1.0 / (12 * x)) - (1.0 / (360 * x * x * x));
    }
}
