import { request } from "../api/client";

export type TrackedEvent =
  | { type: "view" | "add_to_cart" | "remove_from_cart" | "wishlist"; productId: string; quantity?: number }
  | { type: "click"; productId: string; query?: string }
  | { type: "search"; query: string };

const MaxBatch = 100; // the API's limit per POST /api/events
const FlushDelayMs = 1500;

/**
 * Collects behaviour events and sends them in batches, off the path of whatever the shopper is doing: tracking never
 * delays a page and a lost batch is not worth an error on screen.
 */
export class Tracker {
  private queue: TrackedEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly send: (events: TrackedEvent[], keepalive: boolean) => Promise<unknown>;

  constructor(send: (events: TrackedEvent[], keepalive: boolean) => Promise<unknown> = postEvents) {
    this.send = send;
  }

  track(event: TrackedEvent): void {
    this.queue.push(event);
    if (this.queue.length >= MaxBatch) {
      void this.flush();
    } else {
      this.timer ??= setTimeout(() => void this.flush(), FlushDelayMs);
    }
  }

  /** Sends what is queued; keepalive lets the request outlive a closing page. */
  async flush(keepalive = false): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MaxBatch);
      try {
        await this.send(batch, keepalive);
      } catch {
        // Dropped on purpose: a failed batch of behaviour signals is not the shopper's problem.
      }
    }
  }
}

function postEvents(events: TrackedEvent[], keepalive: boolean) {
  return request("/api/events", { method: "POST", body: events, keepalive });
}

export const tracker = new Tracker();

if (typeof window !== "undefined") {
  window.addEventListener("pagehide", () => void tracker.flush(true));
}
