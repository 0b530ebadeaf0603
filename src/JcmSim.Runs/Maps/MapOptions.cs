using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Runs.Studies;

namespace JcmSim.Runs.Maps;

/// <summary>The validated options of <c>jcmsim map</c>.</summary>
/// <param name="Study">The options every study shares (trials are per grid point).</param>
/// <param name="Request">The axes, levels and targets.</param>
public sealed record MapOptions(StudyOptions Study, MapRequest Request)
{
    /// <summary>Trials per grid point unless <c>--trials-per-point</c> says otherwise.</summary>
    public const int DefaultTrialsPerPoint = 200;

    /// <summary>The horizontal axis unless <c>--x</c> says otherwise: every private channel's capital.</summary>
    public const string DefaultX = ScenarioLevers.PrivateCapital;

    /// <summary>The vertical axis unless <c>--y</c> says otherwise: the pace of partner expansion.</summary>
    public const string DefaultY = "expansion.newPartnersPerYear";
}
