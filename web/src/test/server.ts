import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";

/** The API for component tests; each test adds the handlers it needs with server.use(...). */
export const server = setupServer(
  http.get("*/api/auth/antiforgery", () => HttpResponse.json({ token: "test-token" })),
  http.post("*/api/events", () => HttpResponse.json({ accepted: 1 }, { status: 202 })),
);
