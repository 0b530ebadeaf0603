namespace JcmSim.ScenarioFormat;

/// <summary>
/// A scenario could not be loaded. <see cref="Errors"/> holds every problem found (the loader
/// collects them all rather than stopping at the first), ordered by file and position.
/// </summary>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of errors.</summary>
    public ScenarioValidationException(IReadOnlyList<ScenarioError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, one per offending node or cell.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    private static string Format(IReadOnlyList<ScenarioError> errors)
    {
        var heading = errors.Count == 1 ? "1 error in scenario:" : $"{errors.Count} errors in scenario:";
        return heading + Environment.NewLine + string.Join(Environment.NewLine, errors);
    }
}
