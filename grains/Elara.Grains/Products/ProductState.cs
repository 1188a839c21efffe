using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Elara.Grains.Catalog;

namespace Elara.Grains.Products;

/// <summary>A product as stored: its data, stock held for unpaid orders, counters and bounded histories.</summary>
public sealed record ProductState
{
    /// <summary>How many price and stock points a product keeps.</summary>
    public const int HistoryLength = 100;

    /// <summary>
    /// How many paid orders a product remembers, so a checkout resumed after a crash cannot take their stock twice.
    /// </summary>
    public const int CommittedOrdersKept = 100;

    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public string Category { get; init; } = "";

    public decimal Price { get; init; }

    /// <summary>Units on sale: stock reserved for unpaid orders is already taken out.</summary>
    public int Stock { get; init; }

    public ImmutableDictionary<string, string> Attributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    public string ImageUrl { get; init; } = "";

    public ProductCounters Counters { get; init; } = ProductCounters.None;

    public ImmutableList<PricePoint> PriceHistory { get; init; } = [];

    public ImmutableList<StockPoint> StockHistory { get; init; } = [];

    /// <summary>Units held per unpaid order id.</summary>
    public ImmutableDictionary<string, int> Reservations { get; init; } = ImmutableDictionary<string, int>.Empty;

    public ImmutableList<string> CommittedOrders { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Reviews, newest first, one per shopper; bounded (the oldest leave the list, not the average).</summary>
    public ImmutableList<ProductReview> Reviews { get; init; } = [];

    public int ReviewCount { get; init; }

    public long RatingSum { get; init; }

    /// <summary>Orders that held this product.</summary>
    public int Baskets { get; init; }

    /// <summary>Other products in those orders, by how many of them; bounded (the rarest are dropped).</summary>
    public ImmutableDictionary<string, int> BasketPartners { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>False for the empty state of an id no product was ever stored under.</summary>
    [JsonIgnore]
    public bool Exists => Id.Length > 0;

    /// <summary>Takes a (checked) product's data; a new price or stock level enters the history with <paramref name="reason"/>.</summary>
    public ProductState With(NewProduct product, string reason, DateTimeOffset at)
    {
        var created = !Exists;
        return this with
        {
            Id = product.Id,
            Name = product.Name,
            Description = product.Description,
            Category = product.Category,
            Price = product.Price,
            Stock = product.Stock,
            Attributes = product.Attributes?.ToImmutableDictionary(StringComparer.Ordinal) ?? ImmutableDictionary<string, string>.Empty,
            ImageUrl = product.ImageUrl ?? ProductImages.UrlFor(product.Id),
            PriceHistory = created || product.Price != Price ? Append(PriceHistory, new PricePoint(product.Price, at)) : PriceHistory,
            StockHistory = created || product.Stock != Stock ? Append(StockHistory, new StockPoint(product.Stock, at, reason)) : StockHistory,
            UpdatedAt = at,
        };
    }

    /// <summary>The product as it would be after a partial change (to be checked, then stored with <see cref="With"/>).</summary>
    public NewProduct Apply(ProductChange change) => new(
        Id,
        change.Name ?? Name,
        change.Description ?? Description,
        change.Category ?? Category,
        change.Price ?? Price,
        change.Stock ?? Stock,
        change.Attributes ?? Attributes,
        change.ImageUrl ?? ImageUrl);

    /// <summary>True when the order already holds (or has bought) its units here, so reserving again takes nothing.</summary>
    public bool Holds(string orderId) => Reservations.ContainsKey(orderId) || CommittedOrders.Contains(orderId);

    /// <summary>Takes units out of stock for an order; the caller has checked there are enough.</summary>
    public ProductState WithReservation(string orderId, int quantity, DateTimeOffset at) => this with
    {
        Stock = Stock - quantity,
        Reservations = Reservations.Add(orderId, quantity),
        StockHistory = Append(StockHistory, new StockPoint(Stock - quantity, at, $"order {orderId}")),
    };

    /// <summary>Puts an order's units back on sale; unchanged when the order holds none.</summary>
    public ProductState WithRelease(string orderId, DateTimeOffset at) =>
        Reservations.TryGetValue(orderId, out var quantity)
            ? this with
            {
                Stock = Stock + quantity,
                Reservations = Reservations.Remove(orderId),
                StockHistory = Append(StockHistory, new StockPoint(Stock + quantity, at, $"release {orderId}")),
            }
            : this;

    /// <summary>
    /// Turns an order's reservation into a sale; unchanged when the order holds none. The purchase is counted by the
    /// purchase event the checkout records, the same way imported purchase history is.
    /// </summary>
    public ProductState WithCommit(string orderId) =>
        Reservations.ContainsKey(orderId)
            ? this with
            {
                Reservations = Reservations.Remove(orderId),
                CommittedOrders = Append(CommittedOrders, orderId, CommittedOrdersKept),
            }
            : this;

    public ProductState WithCount(BehaviourCount kind, int quantity) => this with
    {
        Counters = kind switch
        {
            BehaviourCount.View => Counters with { Views = Counters.Views + quantity },
            BehaviourCount.Click => Counters with { Clicks = Counters.Clicks + quantity },
            BehaviourCount.AddToCart => Counters with { AddsToCart = Counters.AddsToCart + quantity },
            BehaviourCount.RemoveFromCart => Counters with { RemovesFromCart = Counters.RemovesFromCart + quantity },
            BehaviourCount.Purchase => Counters with { Purchases = Counters.Purchases + quantity },
            BehaviourCount.Wishlist => Counters with { Wishlisted = Counters.Wishlisted + quantity },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown behaviour count."),
        },
    };

    public ProductView ToView() => new(
        Id, Name, Description, Category, Price, Stock, Attributes, ImageUrl, Counters, PriceHistory, StockHistory, UpdatedAt);

    public const int ReviewsKept = 200;

    public ProductState WithReview(ProductReview review)
    {
        var earlier = Reviews.Find(r => r.ShopperId == review.ShopperId);
        var reviews = (earlier is null ? Reviews : Reviews.Remove(earlier)).Insert(0, review);
        return this with
        {
            Reviews = reviews.Count > ReviewsKept ? reviews.RemoveAt(ReviewsKept) : reviews,
            ReviewCount = ReviewCount + (earlier is null ? 1 : 0),
            RatingSum = RatingSum + review.Rating - (earlier?.Rating ?? 0),
        };
    }

    public ProductReviews ToReviews(int limit) =>
        new(ReviewCount, ReviewCount == 0 ? 0 : Math.Round((double)RatingSum / ReviewCount, 2), [.. Reviews.Take(limit)]);

    public const int BasketPartnersKept = 100;

    public ProductState WithBasket(IEnumerable<string> productIds)
    {
        var partners = productIds.Where(id => id != Id).Distinct(StringComparer.Ordinal)
            .Aggregate(BasketPartners, (kept, id) => kept.SetItem(id, kept.GetValueOrDefault(id) + 1));
        if (partners.Count > BasketPartnersKept)
        {
            partners = partners.RemoveRange(partners.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(partners.Count - BasketPartnersKept).Select(p => p.Key));
        }

        return this with { Baskets = Baskets + 1, BasketPartners = partners };
    }

    public BasketPartners ToBasketPartners(int limit) => new(
        Baskets,
        [.. BasketPartners.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(limit).Select(p => new BasketPartner(p.Key, p.Value))]);

    public ProductSummary ToSummary() => new(Id, Name, Category, Price, Stock, ImageUrl);

    static ImmutableList<T> Append<T>(ImmutableList<T> list, T item, int keep = HistoryLength)
    {
        var appended = list.Add(item);
        return appended.Count > keep ? appended.RemoveRange(0, appended.Count - keep) : appended;
    }
}
