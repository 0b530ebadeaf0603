namespace JcmSim.Grains.Hosting;

/// <summary>The cluster named by <c>--cluster</c> cannot be reached: Redis is down or no silo is active.</summary>
public sealed class ClusterUnavailableException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ClusterUnavailableException()
        : base("The cluster cannot be reached.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public ClusterUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public ClusterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
