import { describe, expect, it } from "vitest";
import { funnelSteps, revenueSeries } from "./chartData";

describe("dashboard chart data", () => {
  it("gives each funnel step its conversion from the step before", () => {
    expect(funnelSteps({ viewed: 200, addedToCart: 50, purchased: 10 })).toEqual([
      { step: "Viewed", count: 200, conversion: null },
      { step: "Added to cart", count: 50, conversion: 25 },
      { step: "Purchased", count: 10, conversion: 20 },
    ]);
  });

  it("has no conversion after an empty step", () => {
    expect(funnelSteps({ viewed: 0, addedToCart: 0, purchased: 0 })[1]?.conversion).toBeNull();
  });

  it("orders revenue by minute and labels it", () => {
    const series = revenueSeries([
      { minute: "2026-11-21T10:02:00Z", revenue: 5, orders: 1 },
      { minute: "2026-11-21T10:01:00Z", revenue: 12.5, orders: 2 },
    ]);
    expect(series.map((p) => p.revenue)).toEqual([12.5, 5]);
    expect(series[0]?.label).toMatch(/^\d\d:\d\d$/);
  });
});
