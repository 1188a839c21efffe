using Elara.Bench.Search.Queries;
using Elara.Grains.Search;
using Elara.Runtime.Testing.PostgreSql;
using Npgsql;
using NpgsqlTypes;

namespace Elara.Bench.Search.Systems;

/// <summary>
/// The baseline a shop would reach for first: PostgreSQL full-text search. A stored generated <c>tsvector</c> (name
/// weighted A, category B, description C) under a GIN index, queried with <c>websearch_to_tsquery('english', …)</c>
/// and ranked by <c>ts_rank_cd</c>. It cannot read "under £5", so it gets the text without the price phrase and the
/// bound as <c>price &lt;= @max</c>.
/// </summary>
public sealed class PostgresFtsSystem : ISearchSystem
{
    const string Schema = """
        CREATE TABLE products (
            id text PRIMARY KEY,
            name text NOT NULL,
            category text NOT NULL,
            description text NOT NULL,
            price numeric NOT NULL,
            document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', name), 'A') ||
                setweight(to_tsvector('english', category), 'B') ||
                setweight(to_tsvector('english', description), 'C')) STORED);
        """;

    const string Query = """
        SELECT id FROM products, websearch_to_tsquery('english', @text) AS query
        WHERE document @@ query AND (@max::numeric IS NULL OR price <= @max::numeric)
        ORDER BY ts_rank_cd(document, query) DESC, id
        LIMIT @limit
        """;

    readonly PostgresServer server;
    readonly NpgsqlConnection connection;
    NpgsqlCommand? search;

    PostgresFtsSystem(PostgresServer server, NpgsqlConnection connection)
    {
        this.server = server;
        this.connection = connection;
    }

    public string Name => "postgres-fts";

    public string Access => "local TCP connection (Npgsql, prepared statement)";

    /// <summary>Starts (or connects to, with <c>ELARA_TEST_POSTGRES</c>) a server and opens one connection to a fresh database.</summary>
    public static async Task<PostgresFtsSystem> StartAsync(CancellationToken cancellationToken)
    {
        var server = await PostgresServer.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = new NpgsqlConnection(await server.CreateDatabaseAsync(cancellationToken).ConfigureAwait(false));
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return new PostgresFtsSystem(server, connection);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task IndexAsync(IReadOnlyList<SearchDocument> products, CancellationToken cancellationToken)
    {
        await ExecuteAsync(Schema, cancellationToken).ConfigureAwait(false);
        var import = await connection.BeginBinaryImportAsync(
            "COPY products (id, name, category, description, price) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        await using (import.ConfigureAwait(false))
        {
            foreach (var product in products)
            {
                await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(product.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(product.Name, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(product.Category, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(product.Description, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await import.WriteAsync(product.Price, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
            }

            await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync("CREATE INDEX products_document ON products USING gin (document); ANALYZE products;", cancellationToken).ConfigureAwait(false);

        search = new NpgsqlCommand(Query, connection);
        search.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text));
        search.Parameters.Add(new NpgsqlParameter("max", NpgsqlDbType.Numeric));
        search.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer));
        await search.PrepareAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<string>> SearchAsync(EvalQuery query, int limit, CancellationToken cancellationToken)
    {
        var command = search ?? throw new InvalidOperationException("Index the catalog before searching.");
        command.Parameters[0].Value = query.PlainText;
        command.Parameters[1].Value = query.MaxPrice is { } max ? max : DBNull.Value;
        command.Parameters[2].Value = limit;
        var ids = new List<string>(limit);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        if (search is not null)
        {
            await search.DisposeAsync().ConfigureAwait(false);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        await server.DisposeAsync().ConfigureAwait(false);
    }

    async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
