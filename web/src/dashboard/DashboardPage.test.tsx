import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen } from "@testing-library/react";
import type { Dashboard } from "../api/types";
import { renderWithApp } from "../test/render";
import { DashboardPage } from "./DashboardPage";

/** A stand-in EventSource the test pushes events into. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly url: string;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, (event: MessageEvent<string>) => void>();
  closed = false;

  constructor(url: string) {
    this.url = url;
    FakeEventSource.last = this;
  }
  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, listener);
  }
  removeEventListener(name: string) {
    this.listeners.delete(name);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, data: unknown) {
    this.listeners.get(name)?.(new MessageEvent(name, { data: JSON.stringify(data) }));
  }
}

function lastSource(): FakeEventSource {
  if (!FakeEventSource.last) throw new Error("no EventSource was opened");
  return FakeEventSource.last;
}

const snapshot = (orders: number): Dashboard => ({
  window: "1h",
  at: "2026-11-21T10:00:00Z",
  products: [
    {
      product: { id: "bath-0001", name: "Oat Soap", category: "Bath", price: 4, stock: 9, imageUrl: "" },
      events: 7,
      score: 1,
    },
  ],
  categories: [{ category: "Bath", events: 7, score: 1 }],
  queries: [{ query: "soap", count: 3 }],
  zeroResultQueries: [{ query: "unicorn", count: 2 }],
  funnel: { viewed: 10, addedToCart: 4, purchased: orders },
  revenuePerMinute: [{ minute: "2026-11-21T10:00:00Z", revenue: 8, orders }],
  totals: { revenue: 8 * orders, orders },
});

describe("marketing dashboard", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("renders each snapshot the stream sends, without asking again", () => {
    vi.stubGlobal("EventSource", FakeEventSource);
    renderWithApp(<DashboardPage />);
    const source = lastSource();
    expect(source.url).toBe("/api/dashboard/stream?window=1h");

    act(() => source.emit("dashboard", snapshot(1)));
    expect(screen.getByTestId("orders-total").textContent).toBe("1 orders");
    expect(screen.getByText("unicorn")).toBeDefined();
    expect(screen.getByText("Added to cart: 4 (40%)")).toBeDefined();

    act(() => source.emit("dashboard", snapshot(2)));
    expect(screen.getByTestId("orders-total").textContent).toBe("2 orders");
    expect(screen.getByTestId("revenue-total").textContent).toBe("£16.00");
  });

  it("switches the stream when the window changes", () => {
    vi.stubGlobal("EventSource", FakeEventSource);
    renderWithApp(<DashboardPage />);
    const first = lastSource();
    act(() => screen.getByLabelText("24h").click());
    expect(first.closed).toBe(true);
    expect(FakeEventSource.last?.url).toBe("/api/dashboard/stream?window=24h");
  });
});
