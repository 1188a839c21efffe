using System.Net;
using System.Net.Sockets;

namespace Elara.Runtime.Testing.Hosts;

/// <summary>Ports for servers that tests and benchmarks start on loopback.</summary>
public static class LoopbackPort
{
    /// <summary>A port the OS says is free now (bound and released); another process could take it first, and the start then fails loudly.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
