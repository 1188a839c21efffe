using Elara.Runtime;

namespace Elara.Grains.Trending;

/// <summary>A live dashboard: told, at most about once a second, that the trending counts changed.</summary>
public interface ITrendingObserver : IGrainObserver
{
    /// <summary>Must return quickly and must not call the trending grain back: it is called from that grain's turn.</summary>
    Task ChangedAsync(DateTimeOffset at);
}
