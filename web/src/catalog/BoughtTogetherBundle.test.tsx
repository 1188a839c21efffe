import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { BoughtTogetherBundle } from "../catalog/BoughtTogetherBundle";
import { server } from "../test/server";
import { renderWithApp } from "../test/render";

const lamp = {
  id: "lighting-0001",
  name: "Oak Lamp",
  category: "Lighting",
  price: 20,
  stock: 5,
  imageUrl: "/images/products/lighting-0001.svg",
};
const bulb = {
  id: "lighting-0002",
  name: "Warm Bulb",
  category: "Lighting",
  price: 3.5,
  stock: 9,
  imageUrl: "/images/products/lighting-0002.svg",
};

describe("frequently bought together", () => {
  it("adds the product and its companion with one click, sending the antiforgery token", async () => {
    const added: { body: unknown; token: string | null }[] = [];
    server.use(
      http.get("*/api/products/lighting-0001/bought-together", () =>
        HttpResponse.json({
          productId: lamp.id,
          items: [
            { product: bulb, baskets: 12, support: 0.1, confidence: 0.4, reason: "bought together in 12 baskets" },
          ],
        }),
      ),
      http.post("*/api/cart/items", async ({ request }) => {
        added.push({ body: await request.json(), token: request.headers.get("X-XSRF-TOKEN") });
        return HttpResponse.json({ lines: [], itemCount: added.length, total: 0, currency: "GBP" });
      }),
    );
    renderWithApp(<BoughtTogetherBundle product={lamp} />);

    fireEvent.click(await screen.findByRole("button", { name: "Add both to cart" }));

    await waitFor(() => expect(added).toHaveLength(2));
    expect(added.map((a) => a.body)).toEqual([
      { productId: "lighting-0001", quantity: 1 },
      { productId: "lighting-0002", quantity: 1 },
    ]);
    expect(added.every((a) => a.token === "test-token")).toBe(true);
    expect(await screen.findByText("Added Oak Lamp and Warm Bulb to your cart")).toBeDefined();
  });

  it("keeps its place with a message when there is no bundle", async () => {
    server.use(
      http.get("*/api/products/lighting-0001/bought-together", () =>
        HttpResponse.json({ productId: lamp.id, items: [] }),
      ),
    );
    renderWithApp(<BoughtTogetherBundle product={lamp} />);
    expect(await screen.findByText("Nothing is often bought with this yet.")).toBeDefined();
    expect(screen.queryByRole("button", { name: "Add both to cart" })).toBeNull();
  });
});
