import { describe, expect, it } from "vitest";
import { orderSections } from "./sections";

describe("home sections", () => {
  it("starts a new visitor with what is trending", () => {
    expect(orderSections(undefined).map((s) => s.kind)).toEqual(["trending", "recommended", "catalog"]);
  });

  it("orders a returning shopper's favourite categories by affinity, after where they left off", () => {
    const sections = orderSections({
      categories: [
        { category: "Bath", score: 0.2 },
        { category: "Garden", score: 0.9 },
        { category: "Party", score: 0.5 },
      ],
      typicalPrice: 12,
      sessionProducts: ["garden-0001"],
      events: 14,
    });
    expect(sections).toEqual([
      { kind: "continue" },
      { kind: "recommended" },
      { kind: "category", category: "Garden" },
      { kind: "category", category: "Party" },
      { kind: "trending" },
      { kind: "catalog" },
    ]);
  });
});
