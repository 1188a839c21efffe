import { useEffect } from "react";
import { useParams } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { shop } from "../api/shop";
import { useAddToCart } from "../cart/useCart";
import { ErrorMessage } from "../shared/ErrorMessage";
import { Loading } from "../shared/Loading";
import { money } from "../shared/money";
import { tracker } from "../tracking/tracker";
import { WishlistButton } from "../wishlist/WishlistButton";
import { BoughtTogetherBundle } from "./BoughtTogetherBundle";
import { productImage } from "./ProductCard";
import { ProductReviews } from "./ProductReviews";
import { ProductRow } from "./ProductRow";

export function ProductPage() {
  const { id = "" } = useParams();
  const product = useQuery({ queryKey: ["product", id], queryFn: () => shop.product(id) });
  const similar = useQuery({ queryKey: ["recommendations", "similar", id], queryFn: () => shop.similar(id) });
  const add = useAddToCart();

  useEffect(() => {
    tracker.track({ type: "view", productId: id });
  }, [id]);
  useEffect(() => {
    if (product.data) document.title = `${product.data.name} · Elara`;
  }, [product.data]);

  if (product.isPending) return <Loading />;
  if (product.isError) return <ErrorMessage error={product.error} />;
  const p = product.data;
  const attributes = Object.entries(p.attributes);

  return (
    <>
      <article className="product">
        <img src={p.imageUrl || productImage(p.id)} alt={p.name} width={320} height={320} />
        <div className="stack">
          <h1>{p.name}</h1>
          <p className="muted">{p.category}</p>
          <p className="price big">{money(p.price)}</p>
          <p>{p.inStock ? `${p.stock} in stock` : "Out of stock"}</p>
          <p>{p.description}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={!p.inStock || add.isPending}
              onClick={() => add.mutate([{ productId: p.id, name: p.name }])}
            >
              Add to cart
            </button>
            <WishlistButton productId={p.id} />
          </div>
          {attributes.length > 0 && (
            <dl className="attributes">
              {attributes.map(([key, value]) => (
                <div key={key}>
                  <dt>{key}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          )}
          <section aria-labelledby="activity">
            <h2 id="activity">What shoppers did</h2>
            <p>
              {p.counters.views} views · {p.counters.addsToCart} added to cart · {p.counters.purchases} bought ·{" "}
              {p.counters.wishlisted} wishlisted
            </p>
          </section>
        </div>
      </article>
      <ProductReviews productId={p.id} />
      <BoughtTogetherBundle product={p} />
      <ProductRow
        title="Similar products"
        loading={similar.isPending}
        items={similar.data?.items}
        empty={similar.isError ? "Similar products are not available right now." : "No similar products yet."}
      />
    </>
  );
}
