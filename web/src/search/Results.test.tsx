import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import type { SearchPage as SearchPageJson } from "../api/types";
import { server } from "../test/server";
import { renderWithApp } from "../test/render";
import { SearchPage } from "./SearchPage";

const page: SearchPageJson = {
  items: [
    {
      id: "lighting-0001",
      name: "Nordic Oak Table Lamp",
      category: "Lighting",
      price: 24.5,
      stock: 3,
      score: 1,
      why: "matches lamp",
    },
  ],
  total: 1,
  page: 1,
  pageSize: 24,
  facets: [{ field: "colour", values: [{ value: "red", count: 4 }] }],
  parsed: {
    terms: ["lamp"],
    minPrice: null,
    maxPrice: 30,
    colours: [],
    materials: [],
    sizes: [],
    category: null,
    excluded: [],
    sort: "relevance",
    chips: ["under £30"],
  },
  correction: "lamp under 30",
  relaxed: null,
};

describe("search page", () => {
  it("shows the correction, the results and the parsed price as a chip that removes itself", async () => {
    const asked: string[] = [];
    server.use(
      http.get("*/api/search", ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(page);
      }),
    );
    renderWithApp(<SearchPage />, { url: "/search?q=lmap+under+30" });

    expect(await screen.findByText("lamp under 30")).toBeDefined();
    expect(screen.getByRole("link", { name: "Nordic Oak Table Lamp" }).getAttribute("href")).toBe(
      "/products/lighting-0001",
    );
    fireEvent.click(screen.getByRole("button", { name: "Remove under £30.00" }));

    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/search?q=lamp"));
    await waitFor(() => expect(asked.at(-1)).toContain("q=lamp&page=1"));
  });

  it("shows the API's ProblemDetails when the search is refused", async () => {
    server.use(
      http.get("*/api/search", () =>
        HttpResponse.json(
          { title: "One or more validation errors occurred.", status: 400, errors: { q: ["The query is too long."] } },
          { status: 400 },
        ),
      ),
    );
    renderWithApp(<SearchPage />, { url: "/search?q=x" });
    expect((await screen.findByRole("alert")).textContent).toContain("The query is too long.");
  });

  it("asks nothing for an empty search", () => {
    renderWithApp(<SearchPage />, { url: "/search?q=" });
    expect(screen.getByText("Type what you are looking for in the search box.")).toBeDefined();
  });
});
