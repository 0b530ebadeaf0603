namespace JcmSim.Grains.Running;

/// <summary>
/// A trial block failed on every attempt the run allows, so the run cannot complete. Carries the
/// last attempt's error as its inner exception.
/// </summary>
[GenerateSerializer, Alias("jcm.block-failed")]
public sealed class BlockFailedException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public BlockFailedException()
        : base("A trial block failed on every attempt.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public BlockFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the last attempt's error.</summary>
    public BlockFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
