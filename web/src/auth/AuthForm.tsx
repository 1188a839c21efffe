import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useQueryClient } from "@tanstack/react-query";
import { refreshAntiforgery } from "../api/client";
import { shop } from "../api/shop";
import { ErrorMessage } from "../shared/ErrorMessage";
import { rememberSignedIn } from "./useMe";

export function AuthForm({ mode }: { mode: "signin" | "register" }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const registering = mode === "register";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email"));
    const password = String(form.get("password"));
    setBusy(true);
    setError(null);
    try {
      const me = registering
        ? await shop.register(email, password, String(form.get("displayName")))
        : await shop.signIn(email, password);
      rememberSignedIn(true);
      await refreshAntiforgery();
      queryClient.setQueryData(["me"], me);
      // The anonymous cart and history were merged into the account.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "me" });
      navigate(params.get("next") ?? "/");
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <h1>{registering ? "Create an account" : "Sign in"}</h1>
      <form onSubmit={submit} className="stack">
        {registering && (
          <label>
            Your name
            <input name="displayName" autoComplete="name" required maxLength={100} />
          </label>
        )}
        <label>
          E-mail
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete={registering ? "new-password" : "current-password"}
            required
            minLength={registering ? 8 : undefined}
          />
        </label>
        <ErrorMessage error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {registering ? "Create account" : "Sign in"}
        </button>
      </form>
      <p>
        {registering ? (
          <>
            Have an account? <Link to={`/signin?${params}`}>Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link to={`/register?${params}`}>Create an account</Link>
          </>
        )}
      </p>
    </section>
  );
}
