namespace JcmSim.Model.Observations;

/// <summary>
/// One dated figure of the public record that a run compares with its own reading of the same
/// quantity (a scenario's <c>observations:</c>, e.g. <c>scenarios/data/jcm-record.csv</c>). The model
/// never reads it: it only decides what a run reports beside the simulated bands.
/// </summary>
/// <param name="FiscalYear">Japanese fiscal year the value belongs to (FY N = 1 April N to 31 March N + 1).</param>
/// <param name="AsOf">The date the value holds at, as recorded (<c>2021-09-27</c>, or a year alone).</param>
/// <param name="YearFraction">
/// How much of <see cref="FiscalYear"/> had passed at <see cref="AsOf"/>, in [0, 1]: the share of the
/// year's flow a cumulative reading includes. 1 when the date is the fiscal year's end, a year alone or
/// outside the fiscal year (the record then says the value counts the whole year).
/// </param>
/// <param name="Quantity">What was observed, e.g. <c>moejProjectsSelected</c>; the run knows which model output reads it.</param>
/// <param name="Value">The recorded value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit of the value: <c>countries</c>, <c>projects</c>, <c>tCO2</c> or <c>MtCO2</c>.</param>
/// <param name="Role">Calibration or validation.</param>
/// <param name="Source">Ids of the documents it comes from (scenarios/sources.csv), comma separated.</param>
/// <param name="Note">How the value was read from the source; empty when nothing needs saying.</param>
public sealed record RecordedObservation(
    int FiscalYear,
    string AsOf,
    double YearFraction,
    string Quantity,
    double Value,
    string Unit,
    ObservationRole Role,
    string Source,
    string Note);
