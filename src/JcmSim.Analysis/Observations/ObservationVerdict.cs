using System.Text.Json.Serialization;

namespace JcmSim.Analysis.Observations;

/// <summary>Where a recorded value falls against the model's 5–95 % band; serialised as "inside", "below", "above" or "notModelled".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ObservationVerdict>))]
public enum ObservationVerdict
{
    /// <summary>p5 ≤ value ≤ p95.</summary>
    [JsonStringEnumMemberName("inside")]
    Inside,

    /// <summary>value &lt; p5: the model runs high.</summary>
    [JsonStringEnumMemberName("below")]
    Below,

    /// <summary>value &gt; p95: the model runs low.</summary>
    [JsonStringEnumMemberName("above")]
    Above,

    /// <summary>The model has no reading of the quantity at that date.</summary>
    [JsonStringEnumMemberName("notModelled")]
    NotModelled,
}
