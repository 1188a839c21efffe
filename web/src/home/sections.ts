import type { Preferences } from "../api/types";

export type HomeSection =
  | { kind: "continue" }
  | { kind: "recommended" }
  | { kind: "trending" }
  | { kind: "category"; category: string }
  | { kind: "catalog" };

/**
 * The home page's sections, most relevant first: a shopper with history sees where they left off and their picks,
 * then their favourite categories by affinity, then what is trending; a new visitor starts with what is trending.
 * A row from the catalog closes the page, so even a shop with no history yet has something to show.
 */
export function orderSections(preferences: Preferences | null | undefined, maxCategories = 2): HomeSection[] {
  const favourites = [...(preferences?.categories ?? [])]
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, maxCategories)
    .map((c): HomeSection => ({ kind: "category", category: c.category }));
  if (!preferences || preferences.events === 0) {
    return [{ kind: "trending" }, { kind: "recommended" }, { kind: "catalog" }];
  }
  const continuing: HomeSection[] = preferences.sessionProducts.length > 0 ? [{ kind: "continue" }] : [];
  return [...continuing, { kind: "recommended" }, ...favourites, { kind: "trending" }, { kind: "catalog" }];
}
