using Parquet.Schema;

namespace JcmSim.Analysis.Results;

/// <summary>The columns of trials.parquet and trials.csv for a run's target years.</summary>
internal sealed class TrialsSchema
{
    public TrialsSchema(IReadOnlyList<int> targetYears)
    {
        Scenario = new DataField<string>("scenario", nullable: false);
        Trial = new DataField<long>("trial");
        CumulativeMt = targetYears.Select(y => new DataField<double>($"cumulative_mt_{y}")).ToArray();
        JapanItmoMt = targetYears.Select(y => new DataField<double>($"japan_itmo_mt_{y}")).ToArray();
        Met = targetYears.Select(y => new DataField<bool>($"met_{y}")).ToArray();
        FirstYearMet = targetYears.Select(y => new DataField<int?>($"first_year_met_{y}")).ToArray();
        ProjectsFunded = new DataField<int>("projects_funded");
        PartnersActive = new DataField<int>("partners_active");

        var fields = new List<Field> { Scenario, Trial };
        for (var t = 0; t < targetYears.Count; t++)
        {
            fields.Add(CumulativeMt[t]);
            fields.Add(JapanItmoMt[t]);
            fields.Add(Met[t]);
            fields.Add(FirstYearMet[t]);
        }

        fields.Add(ProjectsFunded);
        fields.Add(PartnersActive);
        Parquet = new ParquetSchema(fields);
    }

    public DataField<string> Scenario { get; }

    public DataField<long> Trial { get; }

    public DataField<double>[] CumulativeMt { get; }

    public DataField<double>[] JapanItmoMt { get; }

    public DataField<bool>[] Met { get; }

    public DataField<int?>[] FirstYearMet { get; }

    public DataField<int> ProjectsFunded { get; }

    public DataField<int> PartnersActive { get; }

    public ParquetSchema Parquet { get; }
}
