import type { ReactNode } from "react";
import type { ProductSummary } from "../api/types";
import { CardPlaceholders, ProductCard } from "./ProductCard";

interface ProductRowProps {
  title: string;
  items: { product: ProductSummary; reason?: string }[] | undefined;
  loading: boolean;
  empty?: string;
  children?: ReactNode;
  onHide?: (productId: string) => void;
}

/** A titled row of products that keeps its height while loading. */
export function ProductRow({
  title,
  items,
  loading,
  empty = "Nothing to show yet.",
  children,
  onHide,
}: ProductRowProps) {
  const id = `row-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="row">
      <h2 id={id}>{title}</h2>
      <div className="row-items" aria-busy={loading}>
        {loading ? (
          <CardPlaceholders count={4} />
        ) : items && items.length > 0 ? (
          items.map((item) => (
            <ProductCard
              key={item.product.id}
              product={item.product}
              reason={item.reason}
              onHide={onHide && (() => onHide(item.product.id))}
            />
          ))
        ) : (
          <p className="muted">{empty}</p>
        )}
      </div>
      {children}
    </section>
  );
}
