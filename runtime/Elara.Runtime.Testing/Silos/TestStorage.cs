using Elara.Runtime.Hosting;
using Elara.Runtime.Reminders;
using Elara.Runtime.Storage;

namespace Elara.Runtime.Testing.Silos;

/// <summary>Where a test silo keeps state. The same instance passed to two silos (or kept across a restart) is the same store.</summary>
public abstract record TestStorage
{
    public static TestStorage Memory() => new MemoryTestStorage(new MemoryGrainStorage(), new MemoryReminderTable(), new MemoryEventLogStorage());

    public static TestStorage Sqlite(string path) => new SqliteTestStorage(path);

    public static TestStorage PostgreSql(string connectionString) => new PostgreSqlTestStorage(connectionString);

    internal abstract void Apply(ElaraSiloBuilder silo);

    sealed record MemoryTestStorage(MemoryGrainStorage GrainStorage, MemoryReminderTable Reminders, MemoryEventLogStorage EventLogs) : TestStorage
    {
        internal override void Apply(ElaraSiloBuilder silo) => silo.UseMemoryStorage(GrainStorage, Reminders, EventLogs);

        public override string ToString() => "memory";
    }

    sealed record SqliteTestStorage(string Path) : TestStorage
    {
        internal override void Apply(ElaraSiloBuilder silo) => silo.UseSqliteStorage(Path);

        public override string ToString() => "sqlite";
    }

    sealed record PostgreSqlTestStorage(string ConnectionString) : TestStorage
    {
        internal override void Apply(ElaraSiloBuilder silo) => silo.UsePostgreSqlStorage(ConnectionString);

        public override string ToString() => "postgresql";
    }
}
