using JcmSim.Model.Scenarios;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>Reads the <c>partners</c> table: countries with a signed JCM document, registered in <see cref="CountryIds"/>.</summary>
internal sealed class PartnersReader(LoadContext context, CountryIds countries)
{
    /// <summary>The table's columns.</summary>
    internal static readonly TableSchema Columns = TableSchema.Of(PartnerFields.All);

    /// <summary>The partner rows under <paramref name="root"/>; none when the table cannot be read.</summary>
    public List<PartnerRow> Read(MapReader root)
    {
        var node = root.Get("partners");
        var rows = node is null ? null : TableReader.Read(node, "partners", Columns, context);
        if (node is null || rows is null)
        {
            countries.Partners.Complete = false;
            return [];
        }

        if (rows.Count == 0)
        {
            context.Error(node.Position, ScenarioRules.NoPartner);
        }
        else if (rows.All(r => !r.Cells.ContainsKey("code")))
        {
            // The header lacks the code column (already reported): references cannot be checked.
            countries.Partners.Complete = false;
        }

        var partners = new List<PartnerRow>();
        foreach (var row in rows)
        {
            var cells = new RowReader(row, context);
            var code = countries.Code(cells, countries.Partners);
            var nameEn = cells.Text("nameEn");
            var nameJa = cells.Text("nameJa", required: false);
            var region = cells.Text("region");
            var signing = cells.WholeNumber(PartnerFields.SigningYear);
            var end = cells.WholeNumber(PartnerFields.AgreementEndYear);
            if (signing is { } s && ScenarioRules.AgreementEnd(row.PathOf("agreementEndYear"), s, end) is { } endsEarly)
            {
                context.Error(cells.Cell("agreementEndYear")!.Position, endsEarly);
            }

            if (code is not null && signing is { } signed)
            {
                countries.SigningYears[code] = signed;
            }

            if (code is null || nameEn is null || region is null || signing is null)
            {
                continue;
            }

            partners.Add(new PartnerRow(code, new LocalizedText(nameEn, nameJa), region, signing.Value, end));
        }

        return partners;
    }
}
