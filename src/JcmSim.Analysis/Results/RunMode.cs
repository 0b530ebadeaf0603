using System.Text.Json.Serialization;

namespace JcmSim.Analysis.Results;

/// <summary>Where a run's trials were simulated; serialised as "in-process", "embedded" or "cluster".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunMode>))]
public enum RunMode
{
    /// <summary>The model stepped in the calling process without Orleans.</summary>
    [JsonStringEnumMemberName("in-process")]
    InProcess,

    /// <summary>An Orleans silo started inside the CLI process (the default).</summary>
    [JsonStringEnumMemberName("embedded")]
    Embedded,

    /// <summary>Submitted to an Orleans cluster of <c>jcmsim silo</c> nodes.</summary>
    [JsonStringEnumMemberName("cluster")]
    Cluster,
}
