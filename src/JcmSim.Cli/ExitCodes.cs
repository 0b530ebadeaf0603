namespace JcmSim.Cli;

/// <summary>The process exit codes of the <c>jcmsim</c> contract (README "The command line").</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An internal failure: a bug or an environment problem, not the user's input.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input: a scenario file or an option is wrong; nothing was written.</summary>
    public const int BadInput = 2;
}
