using Elara.Runtime.Placement;

namespace Elara.Runtime.Membership;

/// <summary>What silos and clients share: the last table read, and the view of active silos derived from it.</summary>
internal abstract class ClusterMembershipBase : IClusterMembership
{
    readonly SemaphoreSlim refreshing = new(1, 1);
    volatile MembershipView view = new(0, []);
    volatile MembershipTableData table = new(0, []);

    public event Action<MembershipView>? ViewChanged;

    public abstract SiloAddress LocalSilo { get; }

    public MembershipView View => view;

    public virtual bool IsClient => false;

    /// <summary>Every row as of the last read (dead ones included until they are cleaned up).</summary>
    public MembershipTableData Table => table;

    protected IMembershipTable? MembershipTable { get; set; }

    public abstract Task JoinAsync(CancellationToken cancellationToken);

    public abstract Task LeaveAsync(CancellationToken cancellationToken);

    public virtual Task ShutDownAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reads the table now (e.g. after a call bounced with a newer version) and applies it.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (MembershipTable is null)
        {
            return;
        }

        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Apply(await MembershipTable.ReadAsync(cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <summary>
    /// The stream namespaces a silo has explicit subscribers for, as its last heartbeat said; null when it has not said
    /// yet (then it gets every item).
    /// </summary>
    public IReadOnlySet<string>? StreamNamespacesOf(SiloAddress silo) => streamNamespaces.GetValueOrDefault(silo);

    volatile Dictionary<SiloAddress, IReadOnlySet<string>?> streamNamespaces = [];

    protected void Apply(MembershipTableData data)
    {
        table = data;
        var namespaces = new Dictionary<SiloAddress, IReadOnlySet<string>?>();
        foreach (var entry in data.Entries)
        {
            namespaces[entry.Address] = ParseNamespaces(entry.Stats);
        }

        streamNamespaces = namespaces;
        var active = data.Entries
            .Where(e => e.Status == SiloStatuses.Active && Include(e))
            .Select(e => e.Address)
            .OrderBy(a => a.ToString(), StringComparer.Ordinal)
            .ToArray();
        var current = view;
        if (data.Version == current.Version && active.SequenceEqual(current.ActiveSilos))
        {
            return;
        }

        var next = new MembershipView(data.Version, active);
        view = next;
        ViewChanged?.Invoke(next);
    }

    static IReadOnlySet<string>? ParseNamespaces(string? stats)
    {
        if (stats is null)
        {
            return null;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(stats);
            return document.RootElement.TryGetProperty("streamNamespaces", out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array
                ? list.EnumerateArray().Select(n => n.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Lets a leaving silo drop itself from its own view before the table says so.</summary>
    protected virtual bool Include(MembershipEntry entry) => true;
}
