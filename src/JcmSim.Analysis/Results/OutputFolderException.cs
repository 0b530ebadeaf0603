namespace JcmSim.Analysis.Results;

/// <summary>
/// The output folder cannot be used: it exists and is not empty (and replacing it was not asked for),
/// or it names a file. The message is meant for the user as it stands.
/// </summary>
public sealed class OutputFolderException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public OutputFolderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a user-facing message and the I/O error behind it.</summary>
    public OutputFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
