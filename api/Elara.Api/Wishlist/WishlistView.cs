namespace Elara.Api.Wishlist;

public sealed record WishlistView(IReadOnlyList<string> ProductIds);
