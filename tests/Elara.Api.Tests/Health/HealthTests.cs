using System.Net;
using Elara.Api.Tests.Infrastructure;
using Shouldly;

namespace Elara.Api.Tests.Health;

[Collection(ApiCollection.Name)]
public sealed class HealthTests(ApiFixture fixture)
{
    [Fact]
    public async Task Ready_answers_200_once_the_co_hosted_silo_runs_on_sqlite()
    {
        await using var api = new ElaraApiFactory();

        var response = await api.CreateClient().GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Ready_answers_200_on_postgresql()
    {
        await using var api = new ElaraApiFactory("postgres", await fixture.Server.CreateDatabaseAsync());

        var response = await api.CreateClient().GetAsync("/health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_storage_provider_stops_start_up_with_a_clear_error()
    {
        await using var api = new ElaraApiFactory("floppy");

        var error = Should.Throw<InvalidOperationException>(() => api.CreateClient());

        error.Message.ShouldContain("'floppy' is not one of sqlite, postgres, memory");
    }

    [Fact]
    public async Task An_unknown_route_gets_a_problem_details_404()
    {
        await using var api = new ElaraApiFactory();

        var response = await api.CreateClient().GetAsync("/api/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}
