namespace Elara.Runtime.Testing;

/// <summary>Waits for something that happens on another thread (a queued turn, a deactivation) without a fixed sleep.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after {within ?? TimeSpan.FromSeconds(10)}: {what}");
            }

            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    /// <summary>As <see cref="HoldsAsync(Func{bool}, string, TimeSpan?)"/>, for a condition that has to ask a grain or a server.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (!await condition().ConfigureAwait(false))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after {within ?? TimeSpan.FromSeconds(10)}: {what}");
            }

            await Task.Delay(5).ConfigureAwait(false);
        }
    }
}
