using Elara.Runtime.Testing.Hosts;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Elara.Bench.Recommendations.Bench;

/// <summary>
/// The real API (Release build, co-hosted silo) as a child process on a free loopback port, with memory storage, no
/// demo catalog, no simulated shoppers and a configured admin, its data dir (keys) in a temp dir. Disposing kills it;
/// so does this process exiting (Ctrl-C included).
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    public const string DllPath = "api/Elara.Api/bin/Release/net10.0/Elara.Api.dll";
    const int LogLinesKept = 40;
    static readonly TimeSpan ReadyWait = TimeSpan.FromMinutes(2);

    readonly Process process;
    readonly string dataDir;
    readonly ConcurrentQueue<string> log = new();
    readonly EventHandler onExit;

    ApiProcess(Process process, string dataDir, Uri address)
    {
        this.process = process;
        this.dataDir = dataDir;
        Address = address;
        onExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += onExit;
    }

    public Uri Address { get; }

    /// <summary>The last lines the API wrote, for a failure report.</summary>
    public string LogTail => string.Join(Environment.NewLine, log);

    /// <param name="settings">More <c>--Key=Value</c> settings for the API.</param>
    public static async Task<ApiProcess> StartAsync(
        string apiDll, string adminEmail, string adminPassword, IEnumerable<string> settings, CancellationToken cancellationToken)
    {
        var port = LoopbackPort.Free();
        var dataDir = Directory.CreateTempSubdirectory("elara-bench-recs-").FullName;
        var contentRoot = Path.GetDirectoryName(apiDll)!;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = contentRoot,
        };
        foreach (var argument in new[]
        {
            apiDll, "--contentRoot", contentRoot, "--urls", $"http://127.0.0.1:{port}", $"--Elara:DataDir={dataDir}",
            "--Elara:Storage:Provider=memory", "--Elara:Catalog=none", "--Elara:Simulate=off",
            $"--Elara:Admin:Email={adminEmail}", $"--Elara:Admin:Password={adminPassword}",

            // Request logging on a console costs the server time the benchmark would count.
            "--Logging:LogLevel:Default=Warning",
        }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start 'dotnet' for the API.");
        var api = new ApiProcess(process, dataDir, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => api.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => api.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await api.WaitReadyAsync(cancellationToken).ConfigureAwait(false);
            return api;
        }
        catch
        {
            await api.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= onExit;
        Kill();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Killed but slow to go: the OS finishes it; the temp dir may then stay behind.
            }
        }

        process.Dispose();
        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A temp dir left behind is harmless.
        }
    }

    void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }

    void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        log.Enqueue(line);
        while (log.Count > LogLinesKept && log.TryDequeue(out _))
        {
        }
    }

    async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {process.ExitCode} before it was ready:{Environment.NewLine}{LogTail}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow to answer while it starts.
            }

            if (Stopwatch.GetElapsedTime(started) > ReadyWait)
            {
                throw new TimeoutException($"The API was not ready after {ReadyWait}:{Environment.NewLine}{LogTail}");
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }
}
