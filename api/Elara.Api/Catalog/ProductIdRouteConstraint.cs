namespace Elara.Api.Catalog;

/// <summary>Route constraint "productId": a malformed id matches no route (404) and never reaches a grain.</summary>
internal sealed class ProductIdRouteConstraint : IRouteConstraint
{
    public const string Name = "productId";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && ProductIds.IsValid(value as string);
}
