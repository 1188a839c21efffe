namespace Elara.Api.Tests.Infrastructure;

/// <summary>Every API test class shares one PostgreSQL server (and one default API host) for the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
