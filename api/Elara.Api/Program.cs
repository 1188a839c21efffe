using Elara.Api.Admin;
using Elara.Api.Assistant;
using Elara.Api.Carts;
using Elara.Api.Catalog;
using Elara.Api.Checkout;
using Elara.Api.Dashboard;
using Elara.Api.Events;
using Elara.Api.Hosting;
using Elara.Api.Identity;
using Elara.Api.Orders;
using Elara.Api.RateLimiting;
using Elara.Api.Recommendations;
using Elara.Api.Search;
using Elara.Api.Trending;
using Elara.Api.Wishlist;
using Elara.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddElaraSilo();
builder.AddElaraApi();
builder.AddElaraIdentity();
builder.AddElaraRateLimits();

var app = builder.Build();
app.UseElaraApi();
app.UseElaraIdentity();
app.UseRateLimiter();

app.MapElaraHealth();
app.MapOpenApi();
app.MapAuthApi();
app.MapMeApi();
app.MapCatalogApi();
app.MapProductImageApi();
app.MapAdminProductsApi();
app.MapAdminUsersApi();
app.MapEventsApi();
app.MapCartApi();
app.MapCheckoutApi();
app.MapOrdersApi();
app.MapWishlistApi();
app.MapSearchApi();
app.MapTrendingApi();
app.MapDashboardApi();
app.MapRecommendationsApi();
app.MapAssistantApi();
app.Run();

/// <summary>The API host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
