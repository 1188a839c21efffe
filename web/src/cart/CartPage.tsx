import { Link } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { shop } from "../api/shop";
import { ProductRow } from "../catalog/ProductRow";
import { ErrorMessage } from "../shared/ErrorMessage";
import { Loading } from "../shared/Loading";
import { CartLines } from "./CartLines";
import { useAddToCart, useCart, useChangeCart } from "./useCart";

export function CartPage() {
  const cart = useCart();
  const change = useChangeCart();
  const add = useAddToCart();
  const hasLines = (cart.data?.lines.length ?? 0) > 0;
  const suggestions = useQuery({
    queryKey: ["recommendations", "cart", cart.data?.lines.map((l) => l.productId).join(",")],
    queryFn: () => shop.recommendations("cart"),
    enabled: hasLines,
  });

  return (
    <section>
      <h1>Your cart</h1>
      {cart.isPending ? (
        <Loading />
      ) : cart.isError ? (
        <ErrorMessage error={cart.error} />
      ) : (
        <>
          <CartLines
            cart={cart.data}
            busy={change.isPending}
            onChange={(productId, quantity) => change.mutate({ productId, quantity })}
          />
          <ErrorMessage error={change.error} />
          {hasLines && (
            <p>
              <Link to="/checkout" className="button primary">
                Check out
              </Link>
            </p>
          )}
        </>
      )}
      {hasLines && (
        <ProductRow
          title="Goes well with your cart"
          loading={suggestions.isPending}
          items={suggestions.data?.items}
          empty={suggestions.isError ? "Suggestions are not available right now." : "No suggestions yet."}
        >
          {suggestions.data && suggestions.data.items.length > 0 && (
            <ul className="inline-actions">
              {suggestions.data.items.slice(0, 4).map((item) => (
                <li key={item.product.id}>
                  <button
                    type="button"
                    disabled={add.isPending}
                    onClick={() => add.mutate([{ productId: item.product.id, name: item.product.name }])}
                  >
                    Add {item.product.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </ProductRow>
      )}
    </section>
  );
}
