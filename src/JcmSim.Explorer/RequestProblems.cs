namespace JcmSim.Explorer;

/// <summary>
/// A request the explorer refuses (HTTP 400, or 413 for a body too large), with one line per
/// problem in the command line's form <c>field.path: problem (allowed: …)</c>.
/// </summary>
public sealed class RequestProblems(IReadOnlyList<string> problems, int statusCode = 400) : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>One problem.</summary>
    public RequestProblems(string problem, int statusCode = 400)
        : this([problem], statusCode)
    {
    }

    /// <summary>The problems, one line each.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;

    /// <summary>The HTTP status the response gets.</summary>
    public int StatusCode { get; } = statusCode;
}
