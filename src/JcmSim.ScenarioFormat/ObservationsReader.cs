using System.Globalization;
using JcmSim.Model.Observations;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Reads the <c>observations</c> section: dated figures of the public record, from a CSV file
/// (<c>{file: data/jcm-record.csv}</c>) or inline rows with the same columns.
/// </summary>
internal sealed class ObservationsReader(LoadContext context)
{
    internal static readonly TableSchema Columns = TableSchema.Of(ObservationFields.All);

    private static readonly string[] Roles = ["calibration", "validation"];

    /// <summary>The observations under <paramref name="root"/>; none when the section is absent.</summary>
    public List<RecordedObservation> Read(MapReader root)
    {
        var observations = new List<RecordedObservation>();
        var node = root.Get("observations", required: false);
        var rows = node is null ? null : TableReader.Read(node, "observations", Columns, context);
        foreach (var row in rows ?? [])
        {
            var cells = new RowReader(row, context);
            var year = cells.WholeNumber(ObservationFields.FiscalYear);
            var quantity = Quantity(cells);
            var value = cells.Number(ObservationFields.Value);
            var unit = cells.Cell(ObservationFields.Unit.Key);
            var role = Role(cells);
            var source = cells.Text(ObservationFields.Source.Key);
            var asOf = cells.Cell(ObservationFields.AsOf.Key, required: false);
            var fraction = year is { } fy && asOf is not null ? YearFraction(asOf, fy, row.PathOf(ObservationFields.AsOf.Key)) : 1.0;
            if (quantity is not null && unit is not null && unit.Text.Trim() != quantity.Unit)
            {
                context.Error(unit.Position, row.PathOf(ObservationFields.Unit.Key), $"'{unit.Text.Trim()}' is not the unit of {quantity.Name}", quantity.Unit);
                continue;
            }

            if (year is null || quantity is null || value is null || unit is null || role is null || source is null || fraction is null)
            {
                continue;
            }

            observations.Add(new RecordedObservation(
                year.Value,
                asOf?.Text.Trim() ?? "",
                fraction.Value,
                quantity.Name,
                value.Value,
                quantity.Unit,
                role.Value,
                source,
                cells.Text(ObservationFields.Note.Key, required: false) ?? ""));
        }

        return observations;
    }

    /// <summary>
    /// The share of fiscal year <paramref name="fiscalYear"/> (1 April to 31 March) passed at the end of
    /// the day <paramref name="asOf"/>: days elapsed ÷ days of the year. A year alone, or a date outside
    /// the fiscal year (a value that counts the whole year, announced later), gives 1.
    /// </summary>
    internal static double FractionOf(DateOnly? asOf, int fiscalYear)
    {
        var start = new DateOnly(fiscalYear, 4, 1);
        var next = new DateOnly(fiscalYear + 1, 4, 1);
        if (asOf is not { } date || date < start || date >= next)
        {
            return 1.0;
        }

        return (date.DayNumber - start.DayNumber + 1) / (double)(next.DayNumber - start.DayNumber);
    }

    private ObservedQuantity? Quantity(RowReader cells)
    {
        var cell = cells.Cell(ObservationFields.Quantity.Key);
        if (cell is null)
        {
            return null;
        }

        var name = cell.Text.Trim();
        if (ObservedQuantities.Find(name) is { } quantity)
        {
            return quantity;
        }

        var names = ObservedQuantities.All.Select(q => q.Name).ToList();
        context.Error(cell.Position, cells.Row.PathOf(ObservationFields.Quantity.Key), $"unknown quantity '{name}'{Suggestion.Hint(name, names)}", string.Join(", ", names));
        return null;
    }

    private ObservationRole? Role(RowReader cells)
    {
        var cell = cells.Cell(ObservationFields.Set.Key);
        switch (cell?.Text.Trim())
        {
            case null:
                return null;
            case "calibration":
                return ObservationRole.Calibration;
            case "validation":
                return ObservationRole.Validation;
            case var other:
                context.Error(cell.Position, cells.Row.PathOf(ObservationFields.Set.Key), $"unknown set '{other}'{Suggestion.Hint(other, Roles)}", string.Join(", ", Roles));
                return null;
        }
    }

    private double? YearFraction(TableCell asOf, int fiscalYear, string path)
    {
        var text = asOf.Text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return FractionOf(date, fiscalYear);
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return FractionOf(null, fiscalYear);
        }

        context.Error(asOf.Position, path, $"'{text}' is not a date", ObservationFields.AsOf.Allowed);
        return null;
    }
}
