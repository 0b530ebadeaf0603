namespace JcmSim.Runs.Maps;

/// <summary>What a map is drawn over: two inputs, the levels along each, and the targets mapped.</summary>
/// <param name="X">The horizontal axis.</param>
/// <param name="Y">The vertical axis.</param>
/// <param name="Levels">Levels per axis (evenly spaced from low to high), 2 … <see cref="MaxLevels"/>.</param>
/// <param name="TargetYears">The targets mapped, by fiscal year; empty for every target of the scenario.</param>
public sealed record MapRequest(MapAxisRequest X, MapAxisRequest Y, int Levels = MapRequest.DefaultLevels, IReadOnlyList<int>? TargetYears = null)
{
    /// <summary>Levels per axis unless <c>--levels</c> says otherwise: 49 points, a smooth map at a few minutes' cost.</summary>
    public const int DefaultLevels = 7;

    /// <summary>Most levels per axis (51 × 51 = 2,601 points).</summary>
    public const int MaxLevels = 51;

    /// <summary>The probabilities whose contours the map draws.</summary>
    public static IReadOnlyList<double> ContourProbabilities { get; } = [0.5, 0.8];
}
