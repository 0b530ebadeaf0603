using JcmSim.Model.Distributions;

namespace JcmSim.Analysis.Statistics;

/// <summary>The two-sided critical value of the standard normal distribution.</summary>
internal static class NormalCritical
{
    /// <summary>
    /// z = Φ⁻¹(1 − α/2) with α = 1 − <paramref name="confidence"/>; 1.959963984540054 for 95%.
    /// Φ⁻¹ is Wichura's AS 241, accurate to about 1e-16.
    /// </summary>
    public static double TwoSided(double confidence, string parameterName)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(parameterName, confidence, "The confidence level must lie strictly between 0 and 1.");
        }

        return SpecialFunctions.NormalQuantile(1 - ((1 - confidence) / 2));
    }
}
