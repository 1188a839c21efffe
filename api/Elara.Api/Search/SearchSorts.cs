using System.Reflection;
using System.Text.Json.Serialization;
using Elara.Grains.Search;

namespace Elara.Api.Search;

/// <summary>The sort names the search API takes: the JSON names <see cref="SearchSort"/> declares, in any case.</summary>
public static class SearchSorts
{
    static readonly Dictionary<string, SearchSort> ByName = Enum.GetValues<SearchSort>().ToDictionary(
        sort => typeof(SearchSort).GetField(sort.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name,
        StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string name, out SearchSort sort) => ByName.TryGetValue(name, out sort);
}
