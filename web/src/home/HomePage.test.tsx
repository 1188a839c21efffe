import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { server } from "../test/server";
import { renderWithApp } from "../test/render";
import { HomePage } from "./HomePage";

const product = (id: string, name: string) => ({
  id,
  name,
  category: "Garden",
  price: 9.5,
  stock: 4,
  imageUrl: `/images/products/${id}.svg`,
});

describe("home page", () => {
  it("puts a returning shopper's picks first and drops one they are not interested in", async () => {
    const hidden: unknown[] = [];
    let recommended = [product("garden-0001", "Tin Watering Can"), product("garden-0002", "Oak Planter")];
    server.use(
      http.get("*/api/me/preferences", () =>
        HttpResponse.json({
          categories: [{ category: "Garden", score: 1 }],
          typicalPrice: 10,
          sessionProducts: [],
          events: 3,
        }),
      ),
      http.get("*/api/categories", () => HttpResponse.json([{ slug: "garden", name: "Garden", productCount: 2 }])),
      http.get("*/api/recommendations", () =>
        HttpResponse.json({
          context: "home",
          items: recommended.map((p) => ({
            product: p,
            score: 1,
            source: "content",
            reason: "because you viewed Spade",
          })),
        }),
      ),
      http.post("*/api/recommendations/hidden", async ({ request }) => {
        const body = (await request.json()) as { productId: string };
        hidden.push(body);
        recommended = recommended.filter((p) => p.id !== body.productId);
        return new HttpResponse(null, { status: 204 });
      }),
      http.get("*/api/trending", () => HttpResponse.json({ window: "1h", category: null, items: [] })),
      http.get("*/api/products", () => HttpResponse.json({ items: [], page: 1, pageSize: 8, total: 0 })),
    );
    renderWithApp(<HomePage />);

    const headings = await screen.findAllByRole("heading", { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      "Recommended for you",
      "More Garden",
      "Trending now",
      "In the shop",
    ]);
    expect(await screen.findByText("Tin Watering Can")).toBeDefined();

    fireEvent.click(screen.getByRole("button", { name: "Not interested in Tin Watering Can" }));

    await waitFor(() => expect(hidden).toEqual([{ productId: "garden-0001" }]));
    await waitFor(() => expect(screen.queryByText("Tin Watering Can")).toBeNull());
    expect(screen.getByText("Oak Planter")).toBeDefined();
  });
});
