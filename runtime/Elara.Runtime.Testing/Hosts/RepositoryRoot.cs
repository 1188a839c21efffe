namespace Elara.Runtime.Testing.Hosts;

/// <summary>The checkout's root (where ./elara and Elara.sln are), for tests and benchmarks that start the real programs.</summary>
public static class RepositoryRoot
{
    /// <summary>The first folder above this program's location holding ./elara and Elara.sln, or null outside a checkout.</summary>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "elara")) && File.Exists(Path.Combine(dir.FullName, "Elara.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
