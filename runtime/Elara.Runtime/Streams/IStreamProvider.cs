namespace Elara.Runtime.Streams;

/// <summary>Hands out streams by id.</summary>
public interface IStreamProvider
{
    IAsyncStream<T> GetStream<T>(StreamId id);
}
