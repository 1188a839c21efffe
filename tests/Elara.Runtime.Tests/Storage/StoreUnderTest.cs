using System.Data.Common;
using Elara.Runtime.Reminders;
using Elara.Runtime.Storage;

namespace Elara.Runtime.Tests.Storage;

/// <summary>
/// One opening of a provider's store as a silo would see it. <paramref name="OpenConnection"/> is set for SQL
/// providers only; <paramref name="Owner"/> is what to dispose when the test ends.
/// </summary>
public sealed record StoreUnderTest(
    IGrainStorage GrainStorage,
    IReminderTable Reminders,
    Func<CancellationToken, ValueTask<DbConnection>>? OpenConnection = null,
    IAsyncDisposable? Owner = null);
