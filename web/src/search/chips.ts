import type { ParsedQuery, SearchSort } from "../api/types";
import { money } from "../shared/money";

/** What a search URL holds: /search?q=&category=&minPrice=&maxPrice=&sort= */
export interface SearchState {
  q: string;
  category: string | null;
  minPrice: number | null;
  maxPrice: number | null;
  sort: SearchSort | null;
}

export interface Chip {
  key: string;
  label: string;
}

export const sortLabels: Record<SearchSort, string> = {
  relevance: "Best match",
  price_asc: "Price, low to high",
  price_desc: "Price, high to low",
  best_rated: "Best rated",
  newest: "Newest",
};

export function readSearchState(params: URLSearchParams): SearchState {
  const number = (name: string) => {
    const value = params.get(name);
    return value === null || value === "" || Number.isNaN(Number(value)) ? null : Number(value);
  };
  const sort = params.get("sort");
  return {
    q: params.get("q") ?? "",
    category: params.get("category") || null,
    minPrice: number("minPrice"),
    maxPrice: number("maxPrice"),
    sort: sort && sort in sortLabels ? (sort as SearchSort) : null,
  };
}

export function searchUrl(state: SearchState): string {
  const params = new URLSearchParams();
  params.set("q", state.q);
  if (state.category) params.set("category", state.category);
  if (state.minPrice !== null) params.set("minPrice", String(state.minPrice));
  if (state.maxPrice !== null) params.set("maxPrice", String(state.maxPrice));
  if (state.sort) params.set("sort", state.sort);
  return `/search?${params}`;
}

export function priceLabel(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${money(min)}–${money(max)}`;
  if (max !== null) return `under ${money(max)}`;
  if (min !== null) return `over ${money(min)}`;
  return "";
}

/** The understood parts of a query (and the URL's own filters) as chips the shopper can remove one by one. */
export function chipsOf(parsed: ParsedQuery, state: SearchState): Chip[] {
  const chips: Chip[] = [];
  const min = state.minPrice ?? parsed.minPrice;
  const max = state.maxPrice ?? parsed.maxPrice;
  if (min !== null || max !== null) chips.push({ key: "price", label: priceLabel(min, max) });
  for (const colour of parsed.colours) chips.push({ key: `colour:${colour}`, label: colour });
  for (const material of parsed.materials) chips.push({ key: `material:${material}`, label: material });
  for (const size of parsed.sizes) chips.push({ key: `size:${size}`, label: size });
  const category = state.category ?? parsed.category;
  if (category) chips.push({ key: "category", label: category });
  for (const word of parsed.excluded) chips.push({ key: `not:${word}`, label: `not ${word}` });
  if (parsed.chips.includes("cheap")) chips.push({ key: "cheap", label: "cheap" });
  const sort = state.sort ?? parsed.sort;
  if (sort !== "relevance") chips.push({ key: "sort", label: sortLabels[sort] });
  return chips;
}

/**
 * The search without one chip. The text is rebuilt from what the server understood, minus the chip; prices and sort
 * move to the URL's explicit filters, so the new text never has to spell them.
 */
export function withoutChip(key: string, parsed: ParsedQuery, state: SearchState): SearchState {
  const keep = (prefix: string, values: string[]) => values.filter((v) => `${prefix}:${v}` !== key);
  const category = state.category ?? parsed.category;
  const categoryWords = new Set(key === "category" && category ? category.toLowerCase().split(/[^a-z0-9]+/) : []);
  const words = [
    ...parsed.terms.filter((term) => !categoryWords.has(term.toLowerCase())),
    ...keep("colour", parsed.colours),
    ...keep("material", parsed.materials),
    ...keep("size", parsed.sizes),
    ...keep("not", parsed.excluded).map((word) => `not ${word}`),
    ...(parsed.chips.includes("cheap") && key !== "cheap" ? ["cheap"] : []),
  ];
  const sort = state.sort ?? parsed.sort;
  return {
    q: words.join(" "),
    category: key === "category" ? null : state.category,
    minPrice: key === "price" ? null : (state.minPrice ?? parsed.minPrice),
    maxPrice: key === "price" ? null : (state.maxPrice ?? parsed.maxPrice),
    sort: key === "sort" || sort === "relevance" ? null : sort,
  };
}

/** A price facet's band ("under £5", "£5–£10", "£50 and over") as filters. */
export function priceBand(label: string): { minPrice: number | null; maxPrice: number | null } {
  const amounts = [...label.matchAll(/£(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
  if (label.startsWith("under")) return { minPrice: null, maxPrice: amounts[0] ?? null };
  if (amounts.length >= 2) return { minPrice: amounts[0] ?? null, maxPrice: amounts[1] ?? null };
  return { minPrice: amounts[0] ?? null, maxPrice: null };
}
