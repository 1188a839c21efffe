using System.Globalization;
using System.Security;
using System.Text;
using Elara.Grains.Products;
using Elara.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Elara.Api.Catalog;

/// <summary>
/// Placeholder pictures until a shop uploads real ones: an SVG card with the product's name on a colour chosen from
/// its category, so a product list is readable at a glance and every ImageUrl resolves.
/// </summary>
public static class ProductImageApi
{
    const int MaxLineLength = 22;
    const int MaxLines = 3;

    public static IEndpointRouteBuilder MapProductImageApi(this IEndpointRouteBuilder app)
    {
        app.MapGet($"/images/products/{{productId:{ProductIdRouteConstraint.Name}}}.svg", Image).WithTags("Catalog");
        return app;
    }

    static async Task<Results<ContentHttpResult, ProblemHttpResult>> Image(string productId, IGrainFactory grains, HttpResponse response)
    {
        if (await grains.GetGrain<IProductGrain>(productId).GetAsync() is not { } product)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no product '{productId}'.");
        }

        response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Content(Svg(product.Name, product.Category), "image/svg+xml", Encoding.UTF8);
    }

    public static string Svg(string name, string category)
    {
        var hue = (int)(StableHash.Of(category) % 360);
        var text = new StringBuilder();
        var lines = Wrap(name);
        var top = 200 - ((lines.Count - 1) * 17);
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<text x=\"200\" y=\"{top + (i * 34)}\" font-size=\"28\">{SecurityElement.Escape(lines[i])}</text>");
        }

        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="{SecurityElement.Escape(name)}">
            <rect width="400" height="400" fill="hsl({hue},45%,88%)"/>
            <rect x="16" y="16" width="368" height="368" rx="24" fill="none" stroke="hsl({hue},40%,55%)" stroke-width="4"/>
            <g font-family="sans-serif" text-anchor="middle" fill="hsl({hue},45%,22%)">{text}<text x="200" y="360" font-size="18">{SecurityElement.Escape(category)}</text></g>
            </svg>
            """;
    }

    // Greedy word wrap; a name longer than three lines ends in an ellipsis.
    static List<string> Wrap(string name)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > MaxLineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines.Count <= MaxLines ? lines : [.. lines.Take(MaxLines - 1), lines[MaxLines - 1] + "…"];
    }
}
