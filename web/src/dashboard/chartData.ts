import type { Dashboard } from "../api/types";

export interface FunnelStep {
  step: string;
  count: number;
  /** Share of the previous step, in percent; null for the first step or after an empty one. */
  conversion: number | null;
}

export function funnelSteps(funnel: Dashboard["funnel"]): FunnelStep[] {
  const steps = [
    { step: "Viewed", count: funnel.viewed },
    { step: "Added to cart", count: funnel.addedToCart },
    { step: "Purchased", count: funnel.purchased },
  ];
  return steps.map((s, i) => {
    const previous = steps[i - 1]?.count ?? 0;
    return { ...s, conversion: i === 0 || previous === 0 ? null : Math.round((s.count / previous) * 1000) / 10 };
  });
}

export interface RevenuePoint {
  minute: string;
  label: string;
  revenue: number;
  orders: number;
}

/** Revenue per minute in time order, labelled HH:MM in the viewer's time zone. */
export function revenueSeries(points: Dashboard["revenuePerMinute"]): RevenuePoint[] {
  return [...points]
    .sort((a, b) => a.minute.localeCompare(b.minute))
    .map((p) => ({
      ...p,
      label: new Date(p.minute).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }),
    }));
}
