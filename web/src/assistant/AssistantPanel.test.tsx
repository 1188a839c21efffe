import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import type { AssistantReply } from "../api/types";
import { server } from "../test/server";
import { renderWithApp } from "../test/render";
import { AssistantPanel } from "./AssistantPanel";

const reply: AssistantReply = {
  reply: "Here are two candle holders under £20.",
  cards: [
    {
      position: 1,
      id: "lighting-0036",
      name: "Rustic Stoneware Candle Holder",
      category: "Lighting",
      price: 16.99,
      stock: 4,
      imageUrl: "/images/products/lighting-0036.svg",
      reason: "stoneware, under £20",
    },
    {
      position: 2,
      id: "lighting-0040",
      name: "Brass Candle Holder",
      category: "Lighting",
      price: 12,
      stock: 0,
      imageUrl: "/images/products/lighting-0040.svg",
      reason: "brass",
    },
  ],
  actions: [],
  suggestions: ["Something cheaper", "In glass"],
};

describe("assistant panel", () => {
  it("starts a conversation, shows the reply with cards and follow-ups, and adds a card to the cart", async () => {
    const added: unknown[] = [];
    server.use(
      http.post("*/api/assistant/conversations", () => HttpResponse.json({ id: "conv-1" }, { status: 201 })),
      http.post("*/api/assistant/conversations/conv-1/messages", () => HttpResponse.json(reply)),
      http.post("*/api/cart/items", async ({ request }) => {
        added.push(await request.json());
        return HttpResponse.json({ lines: [], itemCount: 1, total: 16.99, currency: "GBP" });
      }),
    );
    renderWithApp(<AssistantPanel onClose={vi.fn()} />);

    fireEvent.change(screen.getByLabelText("Message the assistant"), { target: { value: "candle holder under 20" } });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));

    const conversation = await screen.findByRole("list", { name: "Conversation" });
    expect(await within(conversation).findByText(reply.reply)).toBeDefined();
    expect(within(conversation).getByText("candle holder under 20")).toBeDefined();
    expect(screen.getByRole("button", { name: "Something cheaper" })).toBeDefined();
    expect(localStorage.getItem("elara.assistant.conversation")).toBe("conv-1");
    // Out of stock cannot be added.
    expect(
      (screen.getByRole("button", { name: "Add Brass Candle Holder to cart" }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Add Rustic Stoneware Candle Holder to cart" }));
    await waitFor(() => expect(added).toEqual([{ productId: "lighting-0036", quantity: 1 }]));
  });

  it("shows the earlier conversation after a page load", async () => {
    localStorage.setItem("elara.assistant.conversation", "conv-9");
    server.use(
      http.get("*/api/assistant/conversations/conv-9", () =>
        HttpResponse.json({
          id: "conv-9",
          turns: [
            { role: "shopper", text: "a gift for a gardener", cards: [], at: "2026-11-21T10:00:00Z" },
            { role: "assistant", text: "How about a watering can?", cards: [], at: "2026-11-21T10:00:01Z" },
          ],
        }),
      ),
    );
    renderWithApp(<AssistantPanel onClose={vi.fn()} />);
    expect(await screen.findByText("How about a watering can?")).toBeDefined();
    expect(screen.getByText("a gift for a gardener")).toBeDefined();
  });

  it("shows the API's problem when the assistant fails", async () => {
    server.use(
      http.post("*/api/assistant/conversations", () =>
        HttpResponse.json({ title: "Too many requests", status: 429, detail: "Wait a moment." }, { status: 429 }),
      ),
    );
    renderWithApp(<AssistantPanel onClose={vi.fn()} />);
    fireEvent.change(screen.getByLabelText("Message the assistant"), { target: { value: "hello" } });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Too many requests Wait a moment.");
  });
});
