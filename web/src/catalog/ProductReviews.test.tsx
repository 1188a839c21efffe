import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { ProductReviews, stars } from "../catalog/ProductReviews";
import { server } from "../test/server";
import { renderWithApp } from "../test/render";

const page = {
  productId: "lighting-0001",
  count: 2,
  average: 3.5,
  items: [
    { author: "Ann", rating: 2, text: "Smaller than I thought.", at: "2026-11-21T10:00:00Z" },
    { author: "Bob", rating: 5, text: "Lovely warm light.", at: "2026-11-20T10:00:00Z" },
  ],
};

describe("product reviews", () => {
  it("rounds the average to whole stars", () => {
    expect(stars(3.5)).toBe("★★★★☆");
    expect(stars(1)).toBe("★☆☆☆☆");
  });

  it("shows the average and each review, and asks an anonymous visitor to sign in", async () => {
    server.use(http.get("*/api/products/lighting-0001/reviews", () => HttpResponse.json(page)));

    renderWithApp(<ProductReviews productId="lighting-0001" />);

    expect(await screen.findByText(/3\.5 out of 5 from 2 reviews/)).toBeTruthy();
    expect(screen.getByText("Smaller than I thought.")).toBeTruthy();
    expect(screen.getByLabelText("2 out of 5")).toBeTruthy();
    expect(screen.getByText("Sign in to write a review.")).toBeTruthy();
  });

  it("posts a signed-in shopper's review and shows the answer", async () => {
    localStorage.setItem("elara.signedIn", "1");
    const posted: unknown[] = [];
    server.use(
      http.get("*/api/me", () =>
        HttpResponse.json({ id: "u-1", email: "a@b.c", displayName: "Ann", roles: [], isAnonymous: false }),
      ),
      http.get("*/api/products/lighting-0001/reviews", () =>
        HttpResponse.json({ ...page, count: 0, average: 0, items: [] }),
      ),
      http.post("*/api/products/lighting-0001/reviews", async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({
          ...page,
          count: 1,
          average: 4,
          items: [{ author: "Ann", rating: 4, text: "Good.", at: "2026-11-21T11:00:00Z" }],
        });
      }),
    );

    renderWithApp(<ProductReviews productId="lighting-0001" />);
    fireEvent.change(await screen.findByLabelText("Your rating"), { target: { value: "4" } });
    fireEvent.change(screen.getByLabelText("Your review"), { target: { value: "Good." } });
    fireEvent.click(screen.getByRole("button", { name: "Post review" }));

    await waitFor(() => expect(screen.getByText("Good.")).toBeTruthy());
    expect(posted).toEqual([{ rating: 4, text: "Good." }]);
    localStorage.removeItem("elara.signedIn");
  });
});
