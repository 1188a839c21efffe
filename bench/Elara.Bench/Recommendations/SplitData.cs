namespace Elara.Bench.Recommendations;

/// <summary>
/// A time split: training purchases before the date; test customers are those who bought both before and after it;
/// their truth is the distinct products bought after ("all"), or only those never bought before ("new").
/// </summary>
public sealed class SplitData
{
    public required DateTimeOffset Split { get; init; }

    public required IReadOnlyList<PurchaseLine> Train { get; init; }

    public required IReadOnlyDictionary<string, HashSet<string>> History { get; init; }

    public required IReadOnlyDictionary<string, HashSet<string>> TruthAll { get; init; }

    public required IReadOnlyDictionary<string, HashSet<string>> TruthNew { get; init; }

    public static SplitData Of(IReadOnlyList<PurchaseLine> purchases, DateTimeOffset split)
    {
        var train = purchases.Where(p => p.At < split).ToList();
        var history = Group(train);
        var after = Group(purchases.Where(p => p.At >= split));
        var all = after.Where(a => history.ContainsKey(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var fresh = all
            .Select(a => (a.Key, New: a.Value.Where(p => !history[a.Key].Contains(p)).ToHashSet(StringComparer.Ordinal)))
            .Where(a => a.New.Count > 0)
            .ToDictionary(a => a.Key, a => a.New, StringComparer.Ordinal);
        return new SplitData { Split = split, Train = train, History = history, TruthAll = all, TruthNew = fresh };
    }

    static Dictionary<string, HashSet<string>> Group(IEnumerable<PurchaseLine> lines)
    {
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!groups.TryGetValue(line.Customer, out var set))
            {
                groups[line.Customer] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(line.StockCode);
        }

        return groups;
    }
}
