import { describe, expect, it } from "vitest";
import type { ParsedQuery } from "../api/types";
import { chipsOf, priceBand, readSearchState, searchUrl, withoutChip, type SearchState } from "./chips";

const parsed = (over: Partial<ParsedQuery> = {}): ParsedQuery => ({
  terms: ["lamp"],
  minPrice: null,
  maxPrice: null,
  colours: [],
  materials: [],
  sizes: [],
  category: null,
  excluded: [],
  sort: "relevance",
  chips: [],
  ...over,
});
const plain: SearchState = { q: "red brass lamp under 30", category: null, minPrice: null, maxPrice: null, sort: null };

describe("search chips", () => {
  it("shows each understood part of the query as a chip", () => {
    const chips = chipsOf(
      parsed({ maxPrice: 30, colours: ["red"], materials: ["brass"], excluded: ["glass"], sort: "price_asc" }),
      plain,
    );
    expect(chips.map((c) => c.label)).toEqual(["under £30.00", "red", "brass", "not glass", "Price, low to high"]);
  });

  it("lets the URL's explicit price win over the parsed one", () => {
    const chips = chipsOf(parsed({ maxPrice: 30 }), { ...plain, minPrice: 10, maxPrice: 20 });
    expect(chips[0]?.label).toBe("£10.00–£20.00");
  });

  it("removing the price chip keeps the words and drops both bounds", () => {
    const next = withoutChip("price", parsed({ maxPrice: 30, colours: ["red"] }), plain);
    expect(next).toEqual({ q: "lamp red", category: null, minPrice: null, maxPrice: null, sort: null });
  });

  it("removing a colour keeps the price as an explicit filter", () => {
    const next = withoutChip("colour:red", parsed({ maxPrice: 30, colours: ["red"], materials: ["brass"] }), plain);
    expect(next).toMatchObject({ q: "lamp brass", maxPrice: 30 });
  });

  it("removing the category drops its words from the text and its filter", () => {
    const next = withoutChip("category", parsed({ terms: ["garden", "lamp"], category: "Garden" }), {
      ...plain,
      category: "Garden",
    });
    expect(next).toMatchObject({ q: "lamp", category: null });
  });

  it("removing the sort goes back to best match, other chips stay", () => {
    const next = withoutChip("sort", parsed({ sort: "price_desc", excluded: ["glass"], chips: ["cheap"] }), plain);
    expect(next).toMatchObject({ q: "lamp not glass cheap", sort: null });
  });

  it("reads and writes the shareable URL", () => {
    const state = readSearchState(new URLSearchParams("q=lamp&maxPrice=30&sort=newest&minPrice=abc"));
    expect(state).toEqual({ q: "lamp", category: null, minPrice: null, maxPrice: 30, sort: "newest" });
    expect(searchUrl(state)).toBe("/search?q=lamp&maxPrice=30&sort=newest");
  });

  it("turns price facet bands into bounds", () => {
    expect(priceBand("under £5")).toEqual({ minPrice: null, maxPrice: 5 });
    expect(priceBand("£10–£20")).toEqual({ minPrice: 10, maxPrice: 20 });
    expect(priceBand("£50 and over")).toEqual({ minPrice: 50, maxPrice: null });
  });
});
