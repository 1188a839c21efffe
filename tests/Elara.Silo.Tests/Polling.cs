namespace Elara.Silo.Tests;

/// <summary>Waits for something a background service does, asking an async question (a grain call) until it holds.</summary>
internal static class Polling
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after {within ?? TimeSpan.FromSeconds(30)}: {what}");
            }

            await Task.Delay(20);
        }
    }
}
