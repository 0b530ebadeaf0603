using System.Text.Json.Serialization;

namespace JcmSim.Explorer;

/// <summary>Why an estimate stopped, as its last update tells the page.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EstimateStop>))]
public enum EstimateStop
{
    /// <summary>Every target probability's 95% interval is within the precision asked (<see cref="JcmSim.Runs.PrecisionStop"/>).</summary>
    [JsonStringEnumMemberName("precision")]
    Precision,

    /// <summary>The trial cap was reached first.</summary>
    [JsonStringEnumMemberName("cap")]
    Cap,
}
