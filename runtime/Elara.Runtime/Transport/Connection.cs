using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading.Channels;
using Elara.Runtime.Messaging;
using Elara.Runtime.Placement;

namespace Elara.Runtime.Transport;

/// <summary>A call or probe waiting for its response on one connection.</summary>
internal sealed class PendingCall(CallMessage? message, TaskCompletionSource<bool>? done, long deadline)
{
    public CallMessage? Message { get; } = message;

    public TaskCompletionSource<bool>? Done { get; } = done;

    public long Deadline { get; } = deadline;

    public void Fail(Exception exception)
    {
        Message?.Fail(exception);
        Done?.TrySetException(exception);
    }
}

/// <summary>
/// One TCP connection, used both ways: frames queued by any thread are written by one loop that drains everything
/// queued before flushing (small messages share a packet), and one loop reads and dispatches frames as they come.
/// </summary>
internal sealed class Connection
{
    readonly Channel<byte[]> outbox = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    readonly ConcurrentDictionary<long, PendingCall> pending = new();
    readonly TcpTransport transport;
    readonly CancellationTokenSource closed = new();
    Socket? socket;
    volatile bool broken;

    Connection(TcpTransport transport, SiloAddress? remote, string description)
    {
        this.transport = transport;
        Remote = remote;
        Description = description;
    }

    /// <summary>The silo this side connected to; null for a connection accepted from a peer or client.</summary>
    public SiloAddress? Remote { get; }

    public string Description { get; }

    public bool IsBroken => broken;

    public static Connection Connect(TcpTransport transport, SiloAddress remote, string host, int port, TimeSpan timeout)
    {
        var connection = new Connection(transport, remote, $"{host}:{port}");
        _ = connection.RunOutboundAsync(host, port, timeout);
        return connection;
    }

    public static Connection Accept(TcpTransport transport, Socket socket)
    {
        var connection = new Connection(transport, null, socket.RemoteEndPoint?.ToString() ?? "peer") { socket = socket };
        connection.Start();
        return connection;
    }

    /// <summary>Queues a frame; a call's pending entry is kept until its response, the connection's loss, or its deadline.</summary>
    public void Send(byte[] frame, long id = 0, PendingCall? call = null)
    {
        if (call is not null)
        {
            pending[id] = call;
        }

        if (broken || !outbox.Writer.TryWrite(frame))
        {
            if (call is not null && pending.TryRemove(id, out _))
            {
                call.Fail(new SiloUnavailableException($"The connection to {Description} is closed."));
            }
        }
    }

    public PendingCall? Complete(long id) => pending.TryRemove(id, out var call) ? call : null;

    public void ExpireOlderThan(long now)
    {
        foreach (var (id, call) in pending)
        {
            if (call.Deadline < now && pending.TryRemove(id, out _))
            {
                call.Fail(call.Message is { } message
                    ? new TimeoutException($"{message.Method.Name} on grain {message.Target} did not respond within {transport.ResponseTimeout} (sent to {Description}).")
                    : new TimeoutException($"No response from {Description} in time."));
            }
        }
    }

    public void Close(Exception? reason = null)
    {
        if (broken)
        {
            return;
        }

        broken = true;
        outbox.Writer.TryComplete();
        closed.Cancel();
        try
        {
            socket?.Dispose();
        }
        catch (Exception)
        {
            // already gone
        }

        var failure = new SiloUnavailableException($"The connection to {Description} was lost{(reason is null ? "" : ": " + reason.Message)}.", reason);
        foreach (var id in pending.Keys)
        {
            if (pending.TryRemove(id, out var call))
            {
                call.Fail(failure);
            }
        }

        transport.Forget(this);
    }

    async Task RunOutboundAsync(string host, int port, TimeSpan timeout)
    {
        try
        {
            var s = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            using (var connectTimeout = new CancellationTokenSource(timeout))
            {
                await s.ConnectAsync(host, port, connectTimeout.Token).ConfigureAwait(false);
            }

            socket = s;
            if (broken)
            {
                s.Dispose();
                return;
            }

            Start();
        }
        catch (Exception exception)
        {
            transport.NoteConnectFailure(Remote);
            Close(exception);
        }
    }

    void Start()
    {
        var stream = new NetworkStream(socket!, ownsSocket: false);
        _ = WriteLoopAsync(PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true)));
        _ = ReadLoopAsync(PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true)));
    }

    async Task WriteLoopAsync(PipeWriter writer)
    {
        var reader = outbox.Reader;
        try
        {
            while (await reader.WaitToReadAsync(closed.Token).ConfigureAwait(false))
            {
                var unflushed = 0;
                while (reader.TryRead(out var frame))
                {
                    writer.Write(frame);
                    unflushed += frame.Length;
                    if (unflushed > 256 * 1024)
                    {
                        await writer.FlushAsync(closed.Token).ConfigureAwait(false);
                        unflushed = 0;
                    }
                }

                await writer.FlushAsync(closed.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            Close(exception);
        }
    }

    async Task ReadLoopAsync(PipeReader reader)
    {
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(closed.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (TryReadFrame(ref buffer, out var frame))
                {
                    if (frame.IsSingleSegment)
                    {
                        transport.Dispatch(this, frame.FirstSpan);
                    }
                    else
                    {
                        transport.Dispatch(this, frame.ToArray());
                    }
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }

            Close();
        }
        catch (Exception exception)
        {
            Close(exception);
        }
    }

    static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame)
    {
        frame = default;
        if (buffer.Length < 4)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[4];
        buffer.Slice(0, 4).CopyTo(header);
        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length <= 0 || length > 64 * 1024 * 1024)
        {
            throw new InvalidDataException($"Bad frame length {length}.");
        }

        if (buffer.Length < 4 + length)
        {
            return false;
        }

        frame = buffer.Slice(4, length);
        buffer = buffer.Slice(4 + length);
        return true;
    }
}
