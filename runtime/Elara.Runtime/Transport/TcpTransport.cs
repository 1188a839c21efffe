using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Elara.Runtime.Cluster;
using Elara.Runtime.Hosting;
using Elara.Runtime.Membership;
using Elara.Runtime.Messaging;
using Elara.Runtime.Placement;
using Elara.Runtime.Streams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Elara.Runtime.Transport;

/// <summary>
/// Grain calls between silos (and from clients) over TCP: one lazily opened connection per remote silo, requests and
/// responses matched by correlation id, a response deadline per call, small frames batched per flush, and a fresh
/// connection after a broken one (a silo that just refused a connection is not retried for a short while).
/// </summary>
internal sealed partial class TcpTransport : IMessageTransport, IAsyncDisposable
{
    static readonly TimeSpan ReconnectBackoff = TimeSpan.FromMilliseconds(500);
    readonly IServiceProvider services;
    readonly ElaraClusterOptions options;
    readonly ElaraRuntimeOptions runtimeOptions;
    readonly SiloMetrics metrics;
    readonly ILogger<TcpTransport> logger;
    readonly ConcurrentDictionary<SiloAddress, Connection[]> outbound = new();
    readonly ConcurrentDictionary<SiloAddress, long> connectFailures = new();
    readonly ConcurrentDictionary<Connection, byte> accepted = new();
    readonly List<Socket> listeners = [];
    readonly CancellationTokenSource stopping = new();
    readonly JsonSerializerOptions json;
    ITimer? sweeper;
    long nextId;
    SiloRuntime? runtime;
    WireMethods? methods;

    public TcpTransport(
        IServiceProvider services,
        IOptions<ElaraClusterOptions> options,
        IOptions<ElaraRuntimeOptions> runtimeOptions,
        SiloMetrics metrics,
        ILogger<TcpTransport> logger)
    {
        this.services = services;
        this.options = options.Value;
        this.runtimeOptions = runtimeOptions.Value;
        this.metrics = metrics;
        this.logger = logger;
        json = new JsonSerializerOptions(this.runtimeOptions.Json);
        json.Converters.Add(new GrainReferenceJsonConverterFactory(() => services.GetRequiredService<GrainFactory>()));
        sweeper = new Timer(static state => ((TcpTransport)state!).Sweep(), this, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
    }

    /// <summary>Maps a silo to the port this process connects to (clients use silos' gateway ports).</summary>
    public Func<SiloAddress, int>? PortOf { get; set; }

    SiloRuntime Runtime => runtime ??= services.GetRequiredService<SiloRuntime>();

    WireMethods Methods => methods ??= new WireMethods(Runtime.Classes);

    ClusterMembershipBase? Membership => services.GetService<IClusterMembership>() as ClusterMembershipBase;

    /// <summary>Listens on the silo port (and the gateway port, when set); returns the ports actually bound.</summary>
    public (int SiloPort, int GatewayPort) Listen(string address, int siloPort, int gatewayPort)
    {
        var ip = address is "" or "*" or "0.0.0.0" ? IPAddress.Any : IPAddress.Parse(address);
        var silo = Bind(new IPEndPoint(ip, siloPort));
        var gateway = gatewayPort > 0 && gatewayPort != silo ? Bind(new IPEndPoint(ip, gatewayPort)) : silo;
        return (silo, gateway);
    }

    int Bind(IPEndPoint endpoint)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        socket.Bind(endpoint);
        socket.Listen(512);
        listeners.Add(socket);
        _ = AcceptLoopAsync(socket);
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    async Task AcceptLoopAsync(Socket listener)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var socket = await listener.AcceptAsync(stopping.Token).ConfigureAwait(false);
                socket.NoDelay = true;
                var connection = Connection.Accept(this, socket);
                accepted[connection] = 0;
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogAcceptFailed(exception);
            }
        }
    }

    public void Send(SiloAddress silo, CallMessage message)
    {
        byte[] frame;
        var id = Interlocked.Increment(ref nextId);
        try
        {
            frame = FrameBuilder.Start(FrameKind.Request)
                .Int64(id)
                .Byte((byte)message.Hops)
                .Int64(Runtime.ViewVersion)
                .String(message.Target.Type)
                .String(message.Target.Key)
                .String(WireMethods.IdOf(message.Method))
                .Json(static (writer, state) =>
                {
                    var (m, j) = ((CallMessage, JsonSerializerOptions))state!;
                    WireCodec.WriteArguments(writer, m.Method, m.Arguments, j);
                }, (message, json))
                .Build();
        }
        catch (Exception exception)
        {
            message.Fail(exception);
            return;
        }

        if (ConnectionTo(silo) is not { } connection)
        {
            message.Fail(new SiloUnavailableException($"Silo {silo} refused a connection moments ago; not retrying yet."));
            return;
        }

        metrics.RecordRemoteSent();
        message.SentTo = silo;
        connection.Send(frame, id, new PendingCall(message, null, Deadline()));
    }

    /// <summary>A round trip to the silo within <paramref name="timeout"/>: true when it answered.</summary>
    public async Task<bool> ProbeAsync(SiloAddress silo, TimeSpan timeout)
    {
        if (ConnectionTo(silo) is not { } connection)
        {
            return false;
        }

        var id = Interlocked.Increment(ref nextId);
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Send(FrameBuilder.Start(FrameKind.Ping).Int64(id).Build(), id, new PendingCall(null, done, Deadline()));
        try
        {
            return await done.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (Exception)
        {
            connection.Complete(id);
            return false;
        }
    }

    /// <summary>Hands a stream item to another silo's explicit subscribers; completes when they have it.</summary>
    /// <summary>
    /// A stream item's frame with a blank correlation id: serialized once however many silos it goes to, each send
    /// stamping its own id into a copy.
    /// </summary>
    public byte[] StreamItemFrame(StreamId stream, Type itemType, object? item) =>
        FrameBuilder.Start(FrameKind.StreamItem)
            .Int64(0)
            .String(stream.Namespace)
            .String(stream.Key)
            .String(itemType.AssemblyQualifiedName!)
            .Json(static (writer, state) =>
            {
                var (value, type, j) = ((object?, Type, JsonSerializerOptions))state!;
                JsonSerializer.Serialize(writer, value, type, j);
            }, (item, itemType, json))
            .Build();

    public Task SendStreamItemAsync(SiloAddress silo, byte[] itemFrame)
    {
        if (ConnectionTo(silo) is not { } connection)
        {
            return Task.FromException(new SiloUnavailableException($"Silo {silo} is not reachable."));
        }

        var id = Interlocked.Increment(ref nextId);
        var frame = itemFrame.ToArray();
        BinaryPrimitives.WriteInt64LittleEndian(frame.AsSpan(FrameBuilder.FirstFieldAt), id);
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Send(frame, id, new PendingCall(null, done, Deadline()));
        return done.Task;
    }

    /// <summary>Closes connections to silos that left the view; their pending calls fail at once.</summary>
    public void OnViewChanged(MembershipView view)
    {
        foreach (var silo in outbound.Keys)
        {
            if (!view.ActiveSilos.Contains(silo) && outbound.TryRemove(silo, out var connections))
            {
                foreach (var connection in connections)
                {
                    connection.Close(new SiloUnavailableException($"Silo {silo} left the cluster."));
                }
            }
        }
    }

    public TimeSpan ResponseTimeout => runtimeOptions.ResponseTimeout;

    long Deadline() => Stopwatch.GetTimestamp() + (long)(runtimeOptions.ResponseTimeout.TotalSeconds * Stopwatch.Frequency);

    Connection? ConnectionTo(SiloAddress silo)
    {
        var connections = outbound.GetOrAdd(silo, static _ => []);
        var count = Math.Max(1, options.ConnectionsPerSilo);
        var slot = count == 1 ? 0 : Thread.GetCurrentProcessorId() % count;
        if (connections.Length == count && !connections[slot].IsBroken)
        {
            return connections[slot];
        }

        lock (outbound)
        {
            connections = outbound.GetOrAdd(silo, static _ => []);
            if (connections.Length == count && !connections[slot].IsBroken)
            {
                return connections[slot];
            }

            if (connectFailures.TryGetValue(silo, out var failedAt) && Stopwatch.GetElapsedTime(failedAt) < ReconnectBackoff)
            {
                return null;
            }

            var next = new Connection[count];
            var port = PortOf?.Invoke(silo) ?? silo.Port;
            for (var i = 0; i < count; i++)
            {
                next[i] = i < connections.Length && !connections[i].IsBroken
                    ? connections[i]
                    : Connection.Connect(this, silo, silo.Host, port, options.ConnectTimeout);
            }

            outbound[silo] = next;
            return next[slot];
        }
    }

    internal void NoteConnectFailure(SiloAddress? silo)
    {
        if (silo is not null)
        {
            connectFailures[silo] = Stopwatch.GetTimestamp();
        }
    }

    internal void Forget(Connection connection)
    {
        accepted.TryRemove(connection, out _);
    }

    void Sweep()
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var connections in outbound.Values)
        {
            foreach (var connection in connections)
            {
                connection.ExpireOlderThan(now);
            }
        }
    }

    /// <summary>Handles one frame read from <paramref name="connection"/>, on the connection's read loop.</summary>
    internal void Dispatch(Connection connection, ReadOnlySpan<byte> frame)
    {
        var reader = new FrameReader(frame);
        switch ((FrameKind)reader.Byte())
        {
            case FrameKind.Request:
                HandleRequest(connection, ref reader);
                break;
            case FrameKind.Response:
                HandleResponse(connection, ref reader);
                break;
            case FrameKind.Ping:
                connection.Send(FrameBuilder.Start(FrameKind.Pong).Int64(reader.Int64()).Build());
                break;
            case FrameKind.Pong:
                connection.Complete(reader.Int64())?.Done?.TrySetResult(true);
                break;
            case FrameKind.StreamItem:
                HandleStreamItem(connection, ref reader);
                break;
            default:
                throw new InvalidDataException("Unknown frame kind.");
        }
    }

    void HandleRequest(Connection connection, ref FrameReader reader)
    {
        var id = reader.Int64();
        var hops = reader.Byte();
        _ = reader.Int64();
        var target = new GrainId(reader.String(), reader.String());
        var methodId = reader.String();
        GrainMethod method;
        Task result;
        try
        {
            method = Methods.Resolve(methodId);
            var arguments = WireCodec.ReadArguments(reader.Bytes(), method, json);
            metrics.RecordRemoteReceived();
            result = Runtime.Receive(target, method, arguments, hops);
        }
        catch (Exception exception)
        {
            RespondError(connection, id, exception);
            return;
        }

        if (result.IsCompleted)
        {
            Respond(connection, id, method, result);
        }
        else
        {
            result.ContinueWith(
                static (task, state) =>
                {
                    var (transport, c, i, m) = ((TcpTransport, Connection, long, GrainMethod))state!;
                    transport.Respond(c, i, m, task);
                },
                (this, connection, id, method),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    void Respond(Connection connection, long id, GrainMethod method, Task result)
    {
        if (!result.IsCompletedSuccessfully)
        {
            RespondError(connection, id, result.Exception?.InnerException ?? new TaskCanceledException());
            return;
        }

        byte[] frame;
        try
        {
            var builder = FrameBuilder.Start(FrameKind.Response).Int64(id).Byte((byte)ResponseStatus.Ok);
            frame = method.Result.ValueType is { } type
                ? builder.Json(static (writer, state) =>
                {
                    var (value, t, j) = ((object?, Type, JsonSerializerOptions))state!;
                    JsonSerializer.Serialize(writer, value, t, j);
                }, (method.Result.ResultOf(result), type, json)).Build()
                : builder.Int32(0).Build();
        }
        catch (Exception exception)
        {
            RespondError(connection, id, exception);
            return;
        }

        connection.Send(frame);
    }

    void RespondError(Connection connection, long id, Exception exception)
    {
        if (exception is ViewBounceException bounce)
        {
            connection.Send(FrameBuilder.Start(FrameKind.Response).Int64(id).Byte((byte)ResponseStatus.Bounce).Int64(bounce.Version).Build());
            return;
        }

        var (type, message, properties) = RemoteExceptions.Describe(exception, json);
        connection.Send(FrameBuilder.Start(FrameKind.Response).Int64(id).Byte((byte)ResponseStatus.Error)
            .String(type).String(message).String(properties).Build());
    }

    void HandleResponse(Connection connection, ref FrameReader reader)
    {
        var id = reader.Int64();
        var status = (ResponseStatus)reader.Byte();
        if (connection.Complete(id) is not { } call)
        {
            return;
        }

        try
        {
            switch (status)
            {
                case ResponseStatus.Ok when call.Message is { } message:
                    var payload = reader.Bytes();
                    message.SetResult(message.Method.Result.ValueType is { } type ? JsonSerializer.Deserialize(payload, type, json) : null);
                    break;
                case ResponseStatus.Ok:
                    call.Done?.TrySetResult(true);
                    break;
                case ResponseStatus.Error:
                    call.Fail(RemoteExceptions.Rebuild(reader.String(), reader.String(), reader.String(), json));
                    break;
                case ResponseStatus.Bounce:
                    var version = reader.Int64();
                    if (call.Message is { } bounced)
                    {
                        _ = RerouteAsync(bounced, version);
                    }
                    else
                    {
                        call.Fail(new SiloUnavailableException("Bounced."));
                    }

                    break;
            }
        }
        catch (Exception exception)
        {
            call.Fail(exception);
        }
    }

    async Task RerouteAsync(CallMessage message, long version)
    {
        message.Hops++;
        if (message.Hops > options.MaxForwardHops + 2)
        {
            message.Fail(new SiloUnavailableException($"{message.Method.Name} on {message.Target} kept bouncing between silos whose views disagree."));
            return;
        }

        if (Membership is { } membership && version > Runtime.ViewVersion)
        {
            await membership.RefreshAsync(CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        Runtime.Route(message);
    }

    void HandleStreamItem(Connection connection, ref FrameReader reader)
    {
        var id = reader.Int64();
        Task delivered;
        try
        {
            var stream = new StreamId(reader.String(), reader.String());
            var type = Type.GetType(reader.String(), throwOnError: true)!;
            var item = JsonSerializer.Deserialize(reader.Bytes(), type, json);
            delivered = services.GetRequiredService<IStreamProvider>() is LocalStreamProvider provider
                ? provider.DeliverFromCluster(stream, type, item)
                : Task.CompletedTask;
        }
        catch (Exception exception)
        {
            RespondError(connection, id, exception);
            return;
        }

        delivered.ContinueWith(
            static (task, state) =>
            {
                var (transport, c, i) = ((TcpTransport, Connection, long))state!;
                if (task.IsCompletedSuccessfully)
                {
                    c.Send(FrameBuilder.Start(FrameKind.Response).Int64(i).Byte((byte)ResponseStatus.Ok).Int32(0).Build());
                }
                else
                {
                    transport.RespondError(c, i, task.Exception?.InnerException ?? new TaskCanceledException());
                }
            },
            (this, connection, id),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        sweeper?.Dispose();
        sweeper = null;
        foreach (var listener in listeners)
        {
            listener.Dispose();
        }

        listeners.Clear();
        foreach (var connections in outbound.Values)
        {
            foreach (var connection in connections)
            {
                connection.Close();
            }
        }

        foreach (var connection in accepted.Keys)
        {
            connection.Close();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Accepting a connection failed")]
    partial void LogAcceptFailed(Exception exception);
}

/// <summary>Thrown by a silo that is not a grain's home and may not forward further: the caller refreshes its view and retries.</summary>
internal sealed class ViewBounceException(long version) : Exception($"Not the home silo as of membership version {version}.")
{
    public long Version { get; } = version;
}
