import { useQuery } from "@tanstack/react-query";
import { shop } from "../api/shop";
import type { ProductSummary } from "../api/types";
import { useAddToCart } from "../cart/useCart";
import { money } from "../shared/money";
import { CardPlaceholders, ProductCard } from "./ProductCard";

/** "Frequently bought together": the product and its strongest companion, addable as one bundle. */
export function BoughtTogetherBundle({ product }: { product: ProductSummary }) {
  const together = useQuery({
    queryKey: ["recommendations", "bought-together", product.id],
    queryFn: () => shop.boughtTogether(product.id),
  });
  const add = useAddToCart();
  const companions = together.data?.items ?? [];
  const best = companions[0];

  return (
    <section aria-labelledby="bought-together" className="row">
      <h2 id="bought-together">Frequently bought together</h2>
      <div className="row-items" aria-busy={together.isPending}>
        {together.isPending ? (
          <CardPlaceholders count={2} />
        ) : best ? (
          companions.map((item) => <ProductCard key={item.product.id} product={item.product} reason={item.reason} />)
        ) : (
          <p className="muted">
            {together.isError ? "Bundles are not available right now." : "Nothing is often bought with this yet."}
          </p>
        )}
      </div>
      {best && (
        <p className="bundle">
          <button
            type="button"
            className="primary"
            disabled={add.isPending}
            onClick={() =>
              add.mutate([
                { productId: product.id, name: product.name },
                { productId: best.product.id, name: best.product.name },
              ])
            }
          >
            Add both to cart
          </button>{" "}
          {product.name} + {best.product.name} for {money(product.price + best.product.price)}
        </p>
      )}
    </section>
  );
}
