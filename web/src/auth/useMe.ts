import { useQuery } from "@tanstack/react-query";
import { ApiError } from "../api/client";
import { shop } from "../api/shop";
import type { Me } from "../api/types";
import { forgetConversation } from "../assistant/assistantApi";

// The sign-in cookie is HttpOnly, so the app keeps a hint that it signed in; an anonymous visit then never asks
// /api/me and never earns a 401.
const SignedInHint = "elara.signedIn";

export function rememberSignedIn(signedIn: boolean): void {
  if (signedIn) localStorage.setItem(SignedInHint, "1");
  else localStorage.removeItem(SignedInHint);
  forgetConversation();
}

export function useMe() {
  return useQuery<Me | null>({
    queryKey: ["me"],
    queryFn: async () => {
      if (!localStorage.getItem(SignedInHint)) return null;
      try {
        return await shop.me();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          rememberSignedIn(false);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function hasRole(me: Me | null | undefined, role: string): boolean {
  return !!me && (me.roles.includes(role) || me.roles.includes("admin"));
}
