namespace JcmSim.Model.Countries;

/// <summary>
/// An opportunity's identity within its country and sector, as carried in
/// <see cref="OpportunityBatch.Ordinal"/>: its index j in the flow of the year it was originated,
/// and its age in years when it waits in the backlog. Attributes are drawn from the identity
/// (country, sector, origin year, j), so an opportunity keeps them however long it waits, and a
/// fresh one (age 0) is packed as j itself.
/// </summary>
public static class OpportunityIdentity
{
    private const int AgeShift = 24;
    private const int IndexMask = (1 << AgeShift) - 1;

    /// <summary>Largest index j a year's flow of one country and sector may reach.</summary>
    public const int MaxIndex = IndexMask;

    /// <summary>Packs index <paramref name="index"/> and age <paramref name="ageYears"/> (0 … 127).</summary>
    public static int Pack(int ageYears, int index) => (ageYears << AgeShift) | index;

    /// <summary>The index j within the origin year's flow.</summary>
    public static int Index(int ordinal) => ordinal & IndexMask;

    /// <summary>Years since the opportunity was originated.</summary>
    public static int Age(int ordinal) => ordinal >>> AgeShift;
}
