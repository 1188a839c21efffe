import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { hasRole, useMe } from "../auth/useMe";
import { Loading } from "./Loading";

/** Sends a visitor to sign in first, and tells a signed-in shopper without the role that the page is not theirs. */
export function RequireSignIn({ role, children }: { role?: string; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (!me.data) {
    return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (role && !hasRole(me.data, role)) {
    return (
      <section>
        <h1>Not for this account</h1>
        <p>This page needs the {role} role.</p>
      </section>
    );
  }
  return children;
}
