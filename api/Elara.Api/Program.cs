using Elara.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddElaraSilo();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapElaraHealth();
app.Run();

/// <summary>The API host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
