import type { ProblemDetails } from "./types";

/** An API answer that was not a success, carrying the server's ProblemDetails. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(describeProblem(problem, status));
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

/** One line a shopper can read: the title, the detail, then each field's messages. */
export function describeProblem(problem: ProblemDetails, status: number): string {
  const parts = [problem.title ?? `Request failed (${status})`];
  if (problem.detail) parts.push(problem.detail);
  for (const messages of Object.values(problem.errors ?? {})) parts.push(...messages);
  return parts.join(" ");
}

let xsrfToken: Promise<string> | null = null;

/**
 * Fetches a fresh antiforgery token. The server binds it to who is signed in, so it is fetched at start and again
 * after sign-in, registration and sign-out.
 */
export function refreshAntiforgery(): Promise<string> {
  xsrfToken = fetch("/api/auth/antiforgery", { credentials: "same-origin" })
    .then((response) => response.json() as Promise<{ token: string }>)
    .then((body) => body.token);
  return xsrfToken;
}

function antiforgery(): Promise<string> {
  return xsrfToken ?? refreshAntiforgery();
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  keepalive?: boolean;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (method !== "GET") headers["X-XSRF-TOKEN"] = await antiforgery();
  if (options.body !== undefined) headers["Content-Type"] = "application/json";

  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    keepalive: options.keepalive,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response));
  }
  if (response.status === 204 || response.headers.get("Content-Length") === "0") {
    return undefined as T;
  }
  return (await response.json()) as T;
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  try {
    return (await response.json()) as ProblemDetails;
  } catch {
    return { title: response.statusText || `Request failed (${response.status})`, status: response.status };
  }
}

/** A query string from the set values only. */
export function query(values: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
