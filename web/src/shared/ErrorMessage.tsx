import { ApiError } from "../api/client";

/** An error as the shopper should read it: the API's ProblemDetails when there is one. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const text =
    error instanceof ApiError
      ? error.message
      : error instanceof Error
        ? `Something went wrong: ${error.message}`
        : "Something went wrong.";
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}
