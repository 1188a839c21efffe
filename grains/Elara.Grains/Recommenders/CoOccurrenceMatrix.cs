namespace Elara.Grains.Recommenders;

/// <summary>
/// Rows of co-occurrence by product index, grown as products appear, and how many neighbours per row ranking reads.
/// Not thread-safe.
/// </summary>
sealed class CoOccurrenceMatrix(int neighbours)
{
    readonly List<ItemRow?> rows = [];

    public int Count { get; private set; }

    public int Neighbours => neighbours;

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
