import { useParams, useSearchParams } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { shop } from "../api/shop";
import { readSearchState } from "../search/chips";
import { Results } from "../search/Results";

/** A category's products with facets: a filter-only search on the category. */
export function CategoryPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const categories = useQuery({ queryKey: ["categories"], queryFn: shop.categories, staleTime: 300_000 });
  const category = categories.data?.find((c) => c.slug === id);
  const state = { ...readSearchState(params), category: id };
  return (
    <section>
      <h1>{category?.name ?? id}</h1>
      <Results state={state} base={`/categories/${id}`} />
    </section>
  );
}
