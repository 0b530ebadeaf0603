using JcmSim.Model.Scenarios;
using Parquet.Schema;

namespace JcmSim.Analysis.Results;

/// <summary>
/// The columns of trials.parquet and trials.csv for a run's target years: scenario, trial, then per
/// target year Y cumulative_mt_Y (the reading the targets are tested against), every reading
/// (expected_reductions_mt_Y, realised_reductions_mt_Y, credits_issued_mt_Y, japan_itmo_mt_Y), met_Y,
/// first_year_met_Y (null when never), then projects_funded, partners_active.
/// </summary>
internal sealed class TrialsSchema
{
    public TrialsSchema(IReadOnlyList<int> targetYears)
    {
        Scenario = new DataField<string>("scenario", nullable: false);
        Trial = new DataField<long>("trial");
        CumulativeMt = targetYears.Select(y => new DataField<double>($"cumulative_mt_{y}")).ToArray();
        ReadingsMt = Enum.GetValues<TargetReading>()
            .Select(r => targetYears.Select(y => new DataField<double>($"{ColumnStem(r)}_{y}")).ToArray())
            .ToArray();
        Met = targetYears.Select(y => new DataField<bool>($"met_{y}")).ToArray();
        FirstYearMet = targetYears.Select(y => new DataField<int?>($"first_year_met_{y}")).ToArray();
        ProjectsFunded = new DataField<int>("projects_funded");
        PartnersActive = new DataField<int>("partners_active");

        var fields = new List<Field> { Scenario, Trial };
        for (var t = 0; t < targetYears.Count; t++)
        {
            fields.Add(CumulativeMt[t]);
            fields.AddRange(ReadingsMt.Select(r => r[t]));
            fields.Add(Met[t]);
            fields.Add(FirstYearMet[t]);
        }

        fields.Add(ProjectsFunded);
        fields.Add(PartnersActive);
        Parquet = new ParquetSchema(fields);
    }

    public DataField<string> Scenario { get; }

    public DataField<long> Trial { get; }

    /// <summary>The cumulative the targets are tested against, per target.</summary>
    public DataField<double>[] CumulativeMt { get; }

    /// <summary>Every reading of the cumulative, [(int)reading][target].</summary>
    public DataField<double>[][] ReadingsMt { get; }

    /// <summary>Japan's ITMOs, per target (one of <see cref="ReadingsMt"/>).</summary>
    public DataField<double>[] JapanItmoMt => ReadingsMt[(int)TargetReading.JapanItmos];

    public DataField<bool>[] Met { get; }

    public DataField<int?>[] FirstYearMet { get; }

    public DataField<int> ProjectsFunded { get; }

    public DataField<int> PartnersActive { get; }

    public ParquetSchema Parquet { get; }

    // japan_itmo_mt keeps the name the column had before the other readings joined it.
    private static string ColumnStem(TargetReading reading) => reading switch
    {
        TargetReading.ExpectedReductions => "expected_reductions_mt",
        TargetReading.RealisedReductions => "realised_reductions_mt",
        TargetReading.CreditsIssued => "credits_issued_mt",
        TargetReading.JapanItmos => "japan_itmo_mt",
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown reading of the target."),
    };
}
