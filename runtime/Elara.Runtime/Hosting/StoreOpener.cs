using Elara.Runtime.Storage;

namespace Elara.Runtime.Hosting;

/// <summary>How the silo opens its store at start-up (migrations run here); the resource is disposed at shutdown.</summary>
internal sealed record StoreOpener(string Description, Func<IServiceProvider, CancellationToken, Task<(SiloStore Store, IAsyncDisposable? Resource)>> OpenAsync);
