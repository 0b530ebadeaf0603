namespace JcmSim.Runs;

/// <summary>A problem with what the user asked for, reported as-is with exit code 2.</summary>
public sealed class BadInputException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>A single problem.</summary>
    public BadInputException(string problem)
        : this([problem])
    {
    }

    /// <summary>Each problem, one line each, naming what is wrong and what is allowed.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
