import { Link } from "react-router-dom";
import type { ProductSummary } from "../api/types";
import { money } from "../shared/money";
import { tracker } from "../tracking/tracker";

export interface ProductCardProps {
  product: Pick<ProductSummary, "id" | "name" | "category" | "price" | "stock"> & { imageUrl?: string };
  reason?: string;
  /** The search that led here, so a click teaches search what the query meant. */
  fromQuery?: string;
  headingLevel?: "h2" | "h3";
  /** Offered on recommendations: the shopper says "not for me" and the product stops being recommended. */
  onHide?: () => void;
}

export function productImage(id: string): string {
  return `/images/products/${encodeURIComponent(id)}.svg`;
}

export function ProductCard({ product, reason, fromQuery, headingLevel: Heading = "h3", onHide }: ProductCardProps) {
  return (
    <article className="card">
      <img src={product.imageUrl ?? productImage(product.id)} alt="" width={160} height={160} loading="lazy" />
      <Heading className="card-title">
        <Link
          to={`/products/${encodeURIComponent(product.id)}`}
          onClick={() => tracker.track({ type: "click", productId: product.id, query: fromQuery })}
        >
          {product.name}
        </Link>
      </Heading>
      <p className="price">{money(product.price)}</p>
      {product.stock <= 0 && <p className="muted">Out of stock</p>}
      {reason && <p className="reason">{reason}</p>}
      {onHide && (
        <button type="button" className="link small" aria-label={`Not interested in ${product.name}`} onClick={onHide}>
          Not interested
        </button>
      )}
    </article>
  );
}

/** The space a row of cards takes while it loads, so the page does not jump when they arrive. */
export function CardPlaceholders({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="card placeholder" aria-hidden="true" />
      ))}
    </>
  );
}
