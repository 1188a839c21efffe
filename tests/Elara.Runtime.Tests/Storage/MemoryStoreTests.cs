using Elara.Runtime.Reminders;
using Elara.Runtime.Storage;

namespace Elara.Runtime.Tests.Storage;

/// <summary>The in-memory stores; every opening hands out the same instances, as silos sharing one process would see.</summary>
public sealed class MemoryStoreTests : StoreConformance
{
    private readonly StoreUnderTest _store = new(new MemoryGrainStorage(), new MemoryReminderTable());

    protected override Task<StoreUnderTest> OpenStoreAsync() => Task.FromResult(_store);
}
