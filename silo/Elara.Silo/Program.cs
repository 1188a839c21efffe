using Elara.Silo.Hosting;

namespace Elara.Silo;

/// <summary>A standalone silo process (the cluster issue adds its transport and membership); it serves only health endpoints.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddElaraSilo();
        var app = builder.Build();
        app.MapElaraHealth();
        app.Run();
    }
}
