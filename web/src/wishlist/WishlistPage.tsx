import { useQueries } from "@tanstack/react-query";
import { shop } from "../api/shop";
import { ProductCard } from "../catalog/ProductCard";
import { ErrorMessage } from "../shared/ErrorMessage";
import { Loading } from "../shared/Loading";
import { useWishlist } from "./WishlistButton";

export function WishlistPage() {
  const wishlist = useWishlist();
  const ids = wishlist.data?.productIds ?? [];
  const products = useQueries({
    queries: ids.map((id) => ({ queryKey: ["product", id], queryFn: () => shop.product(id) })),
  });
  return (
    <section>
      <h1>Your wishlist</h1>
      {wishlist.isPending ? (
        <Loading />
      ) : wishlist.isError ? (
        <ErrorMessage error={wishlist.error} />
      ) : ids.length === 0 ? (
        <p>Nothing saved yet. Use “Add to wishlist” on a product.</p>
      ) : (
        <div className="grid">
          {products.map((p, i) =>
            p.data ? <ProductCard key={p.data.id} product={p.data} headingLevel="h2" /> : <Loading key={ids[i]} />,
          )}
        </div>
      )}
    </section>
  );
}
