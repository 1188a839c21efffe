namespace Elara.Grains.Recommenders;

/// <summary>
/// Products a shopper touched for the first time in one batch (<paramref name="Added"/>, in order), and the products
/// they already knew (<paramref name="Known"/>): every added product now shares this shopper with each known one and
/// with the ones added before it. The shopper is named so "people like you" can tell whose products these are.
/// </summary>
public sealed record NewToShopper(string ShopperId, IReadOnlyList<string> Known, IReadOnlyList<string> Added);
