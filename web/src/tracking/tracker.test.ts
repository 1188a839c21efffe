import { describe, expect, it, vi } from "vitest";
import { Tracker, type TrackedEvent } from "./tracker";

describe("event tracker", () => {
  it("sends queued events as one batch after a short delay", async () => {
    vi.useFakeTimers();
    const sent: TrackedEvent[][] = [];
    const tracker = new Tracker(async (events) => sent.push(events));
    tracker.track({ type: "view", productId: "a" });
    tracker.track({ type: "search", query: "lamp" });
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toEqual([
      [
        { type: "view", productId: "a" },
        { type: "search", query: "lamp" },
      ],
    ]);
    vi.useRealTimers();
  });

  it("never passes a failed batch on to the page", async () => {
    const tracker = new Tracker(() => Promise.reject(new Error("offline")));
    tracker.track({ type: "view", productId: "a" });
    await expect(tracker.flush()).resolves.toBeUndefined();
  });

  it("splits into batches of at most 100, the API's limit", async () => {
    const sizes: number[] = [];
    const tracker = new Tracker(async (events) => sizes.push(events.length));
    for (let i = 0; i < 150; i++) tracker.track({ type: "view", productId: `p${i}` });
    await tracker.flush();
    expect(sizes).toEqual([100, 50]);
  });
});
