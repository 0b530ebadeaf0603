namespace JcmSim.Analysis.Tests.Support;

/// <summary>
/// Draws binomial counts directly, by inverting the cumulative distribution with one uniform number
/// (each (n, p) table built once), instead of simulating n Bernoulli trials: coverage tests at
/// n = 10,000 stay fast. Deterministic for a seeded <see cref="Random"/>.
/// </summary>
internal sealed class BinomialDraw(Random random)
{
    private readonly Dictionary<(int Trials, double P), double[]> _cumulative = [];

    /// <summary>A draw of Binomial(<paramref name="trials"/>, <paramref name="p"/>).</summary>
    public int Next(int trials, double p)
    {
        if (p <= 0 || trials == 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return trials;
        }

        if (!_cumulative.TryGetValue((trials, p), out var cumulative))
        {
            cumulative = Cumulative(trials, p);
            _cumulative.Add((trials, p), cumulative);
        }

        var u = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, u);
        return Math.Min(trials, index >= 0 ? index : ~index);
    }

    // Unnormalised cumulative probabilities of 0…k, by the recursion P(k+1)/P(k) = (n − k)/(k + 1) · p/(1 − p) in
    // logarithms (P(0) = (1 − p)ⁿ underflows at n = 10,000), stopped where the tail no longer counts.
    private static double[] Cumulative(int trials, double p)
    {
        var mean = trials * p;
        var last = (int)Math.Min(trials, Math.Ceiling(mean + (40 * Math.Sqrt(mean * (1 - p))) + 40));
        var logOdds = Math.Log(p) - double.LogP1(-p);
        var logs = new double[last + 1];
        logs[0] = trials * double.LogP1(-p);
        for (var k = 0; k < last; k++)
        {
            logs[k + 1] = logs[k] + Math.Log(trials - k) - Math.Log(k + 1) + logOdds;
        }

        var peak = logs.Max();
        var cumulative = new double[last + 1];
        var sum = 0.0;
        for (var k = 0; k <= last; k++)
        {
            sum += Math.Exp(logs[k] - peak);
            cumulative[k] = sum;
        }

        return cumulative;
    }
}
