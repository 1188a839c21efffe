import { Link } from "react-router-dom";
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { shop } from "../api/shop";
import { ProductRow } from "../catalog/ProductRow";
import { orderSections, type HomeSection } from "./sections";

function Recommended() {
  const recs = useQuery({ queryKey: ["recommendations", "home"], queryFn: () => shop.recommendations("home") });
  const queryClient = useQueryClient();
  const hide = useMutation({
    mutationFn: shop.hideRecommendation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["recommendations"] }),
  });
  return (
    <ProductRow
      onHide={(productId) => hide.mutate(productId)}
      title="Recommended for you"
      loading={recs.isPending}
      items={recs.data?.items}
      empty={recs.isError ? "Recommendations are not available right now." : "Browse a little and we will learn."}
    />
  );
}

function TrendingRow() {
  const trending = useQuery({ queryKey: ["trending", "1h"], queryFn: () => shop.trending("1h") });
  return (
    <ProductRow
      title="Trending now"
      loading={trending.isPending}
      items={trending.data?.items.map((i) => ({
        product: i.product,
        reason: `${i.events} shoppers’ actions in the last hour`,
      }))}
      empty={trending.isError ? "Trending is not available right now." : "Nothing is trending yet."}
    />
  );
}

function ContinueRow({ ids }: { ids: string[] }) {
  const products = useQueries({
    queries: ids.slice(0, 4).map((id) => ({ queryKey: ["product", id], queryFn: () => shop.product(id) })),
  });
  return (
    <ProductRow
      title="Continue where you left off"
      loading={products.some((p) => p.isPending)}
      items={products.flatMap((p) => (p.data ? [{ product: p.data }] : []))}
    />
  );
}

function CategoryRow({ category, title }: { category: string; title: string }) {
  const page = useQuery({ queryKey: ["products", category, 1, 8], queryFn: () => shop.products(category, 1, 8) });
  return <ProductRow title={title} loading={page.isPending} items={page.data?.items.map((product) => ({ product }))} />;
}

function Section({ section, sessionProducts }: { section: HomeSection; sessionProducts: string[] }) {
  switch (section.kind) {
    case "continue":
      return <ContinueRow ids={sessionProducts} />;
    case "recommended":
      return <Recommended />;
    case "trending":
      return <TrendingRow />;
    case "category":
      return <CategoryRow category={section.category} title={`More ${section.category}`} />;
    case "catalog":
      return <CategoryRow category="" title="In the shop" />;
  }
}

export function HomePage() {
  const preferences = useQuery({ queryKey: ["preferences"], queryFn: shop.preferences, retry: false });
  const categories = useQuery({ queryKey: ["categories"], queryFn: shop.categories, staleTime: 300_000 });
  const sections = orderSections(preferences.data);

  return (
    <>
      <h1 className="visually-hidden">Elara shop</h1>
      <nav aria-label="Categories" className="category-nav">
        <ul>
          {categories.data?.map((c) => (
            <li key={c.slug}>
              <Link to={`/categories/${c.slug}`}>{c.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {preferences.isPending ? (
        // Held until the order is known, so rows do not swap places once it arrives.
        <div className="rows-placeholder" aria-busy="true" />
      ) : (
        sections.map((section) => (
          <Section
            key={section.kind === "category" ? `category:${section.category}` : section.kind}
            section={section}
            sessionProducts={preferences.data?.sessionProducts ?? []}
          />
        ))
      )}
    </>
  );
}
