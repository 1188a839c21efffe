namespace Elara.Grains.Recommenders;

/// <summary>
/// Rows of co-occurrence by product index, grown as products appear; how many neighbours per row ranking reads, and
/// the power their similarities are raised to before they are summed. Not thread-safe.
/// </summary>
sealed class CoOccurrenceMatrix(int neighbours, double amplification)
{
    readonly List<ItemRow?> rows = [];

    public int Count { get; private set; }

    public int Neighbours => neighbours;

    public double Amplification => amplification;

    public ItemRow? Find(int product) => product < rows.Count ? rows[product] : null;

    public double Occurrences(int product) => Find(product)?.Occurrences ?? 0;

    public ItemRow Row(int product)
    {
        while (rows.Count <= product)
        {
            rows.Add(null);
        }

        if (rows[product] is not { } row)
        {
            rows[product] = row = new ItemRow();
            Count++;
        }

        return row;
    }
}
