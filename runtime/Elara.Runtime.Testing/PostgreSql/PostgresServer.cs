using Elara.Runtime.Testing.Hosts;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Elara.Runtime.Testing.PostgreSql;

/// <summary>
/// A PostgreSQL server for tests: the one <c>./elara test</c> started (its connection string in
/// <c>ELARA_TEST_POSTGRES</c>), or else a throwaway cluster of our own in a temp directory, stopped and deleted
/// on dispose. Each test asks for its own database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionStringVariable = "ELARA_TEST_POSTGRES";

    private readonly OwnCluster? _cluster;
    private readonly List<string> _databases = [];
    private readonly Lock _gate = new();

    private PostgresServer(string connectionString, OwnCluster? cluster)
    {
        ConnectionString = connectionString;
        _cluster = cluster;
    }

    /// <summary>Connects to the server's maintenance database (<c>postgres</c>).</summary>
    public string ConnectionString { get; }

    /// <summary>Uses <c>ELARA_TEST_POSTGRES</c> when set; otherwise starts a server from the installed PostgreSQL binaries.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(external, cluster: null);
        }

        var cluster = await OwnCluster.StartAsync(cancellationToken).ConfigureAwait(false);
        return new PostgresServer(cluster.ConnectionString, cluster);
    }

    /// <summary>Creates an empty database with a unique name and returns a connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = $"elara_test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name}", cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections would keep the databases busy (and the server from stopping fast).
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync().ConfigureAwait(false);
            return;
        }

        // A shared server outlives us, so leave it as we found it.
        string[] databases;
        lock (_gate)
        {
            databases = [.. _databases];
        }

        foreach (var name in databases)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        // No pooling: this connection must not linger on the maintenance database or a dropped one.
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A cluster made with initdb in a temp directory, run by pg_ctl on a free loopback port.</summary>
    private sealed class OwnCluster : IAsyncDisposable
    {
        private const string ServiceUser = "postgres";

        private readonly string _binDirectory;
        private readonly string _root;
        private readonly bool _asServiceUser;

        private OwnCluster(string binDirectory, string root, bool asServiceUser, int port)
        {
            _binDirectory = binDirectory;
            _root = root;
            _asServiceUser = asServiceUser;
            ConnectionString = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = ServiceUser,
                Database = "postgres",
            }.ToString();
        }

        public string ConnectionString { get; }

        private string DataDirectory => Path.Combine(_root, "data");

        private string LogFile => Path.Combine(_root, "server.log");

        public static async Task<OwnCluster> StartAsync(CancellationToken cancellationToken)
        {
            var binDirectory = FindBinDirectory();
            var root = Path.Combine(Path.GetTempPath(), $"elara-pg-{Guid.NewGuid():N}");
            Directory.CreateDirectory(root);

            // initdb refuses to run as root, so as root the cluster belongs to (and runs as) the postgres user.
            var asServiceUser = Environment.IsPrivilegedProcess;
            var cluster = new OwnCluster(binDirectory, root, asServiceUser, LoopbackPort.Free());
            try
            {
                if (asServiceUser)
                {
                    await RunAsync("chown", [$"{ServiceUser}:{ServiceUser}", root], cancellationToken).ConfigureAwait(false);
                }

                await cluster.RunToolAsync(
                    "initdb",
                    ["-D", cluster.DataDirectory, "-A", "trust", "-U", ServiceUser, "-E", "UTF8", "--locale=C", "--no-sync"],
                    cancellationToken).ConfigureAwait(false);
                return await cluster.StartServerAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await cluster.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await RunToolAsync("pg_ctl", ["-D", DataDirectory, "stop", "-m", "fast", "-w"], CancellationToken.None).ConfigureAwait(false);
            }

            Directory.Delete(_root, recursive: true);
        }

        private async Task<OwnCluster> StartServerAsync(CancellationToken cancellationToken)
        {
            var port = new NpgsqlConnectionStringBuilder(ConnectionString).Port;

            // fsync is pointless for a cluster deleted after the run, and it makes CREATE DATABASE much slower.
            var options = $"-p {port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";
            await RunToolAsync("pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-o", options, "-w", "start"], cancellationToken).ConfigureAwait(false);
            return this;
        }

        private Task RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
        {
            var path = Path.Combine(_binDirectory, tool);
            return _asServiceUser
                ? RunAsync("runuser", ["-u", ServiceUser, "--", path, .. arguments], cancellationToken, LogFile)
                : RunAsync(path, arguments, cancellationToken, LogFile);
        }

        private static string FindBinDirectory()
        {
            const string installRoot = "/usr/lib/postgresql";
            var newest = Directory.Exists(installRoot)
                ? Directory.GetDirectories(installRoot)
                    .Select(d => (Directory: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                    .Where(d => File.Exists(Path.Combine(d.Directory, "initdb")))
                    .OrderByDescending(d => d.Version)
                    .Select(d => d.Directory)
                    .FirstOrDefault()
                : null;
            return newest ?? throw new InvalidOperationException(
                $"No PostgreSQL server for the tests: {ConnectionStringVariable} is not set and no {installRoot}/*/bin/initdb exists. " +
                "Run the tests with `./elara test` (it starts one) or install PostgreSQL with `apt-get install -y postgresql`.");
        }

        private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken, string? logFile = null)
        {
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                var log = logFile is not null && File.Exists(logFile) ? await File.ReadAllTextAsync(logFile, CancellationToken.None).ConfigureAwait(false) : "";
                throw new InvalidOperationException(
                    $"`{fileName} {string.Join(' ', arguments)}` exited with {process.ExitCode}:\n{await output.ConfigureAwait(false)}{await error.ConfigureAwait(false)}{log}");
            }
        }
    }
}
