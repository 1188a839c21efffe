import { useEffect, useState } from "react";
import { Link, NavLink, Outlet, useLocation, useNavigate, useSearchParams } from "react-router-dom";
import { useQueryClient } from "@tanstack/react-query";
import { refreshAntiforgery } from "./api/client";
import { shop } from "./api/shop";
import { AssistantPanel } from "./assistant/AssistantPanel";
import { hasRole, rememberSignedIn, useMe } from "./auth/useMe";
import { useCart } from "./cart/useCart";
import { SearchBox } from "./search/SearchBox";

const AssistantOpenKey = "elara.assistant.open";

export function Layout() {
  const me = useMe();
  const cart = useCart();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [assistantOpen, setAssistantOpen] = useState(() => sessionStorage.getItem(AssistantOpenKey) === "1");

  useEffect(() => {
    sessionStorage.setItem(AssistantOpenKey, assistantOpen ? "1" : "0");
  }, [assistantOpen]);
  useEffect(() => {
    // A new page: its heading is where a keyboard or screen-reader user expects to be.
    const heading = document.querySelector<HTMLElement>("main h1");
    heading?.setAttribute("tabindex", "-1");
    heading?.focus({ preventScroll: true });
  }, [location.pathname]);

  async function signOut() {
    await shop.signOut();
    rememberSignedIn(false);
    await refreshAntiforgery();
    queryClient.clear();
    navigate("/");
  }

  const count = cart.data?.itemCount ?? 0;
  const searchText = location.pathname === "/search" ? (params.get("q") ?? "") : "";
  return (
    <div className={assistantOpen ? "shell with-assistant" : "shell"}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Elara
        </Link>
        {/* Keyed by the query, so the box shows the search of the page it is on. */}
        <SearchBox key={searchText} initial={searchText} />
        <nav aria-label="Account">
          <ul>
            <li>
              <NavLink to="/wishlist">Wishlist</NavLink>
            </li>
            <li>
              <NavLink to="/cart" aria-label={`Cart, ${count} ${count === 1 ? "item" : "items"}`}>
                Cart <span className="badge">{count}</span>
              </NavLink>
            </li>
            {me.data ? (
              <>
                <li>
                  <NavLink to="/orders">Orders</NavLink>
                </li>
                {hasRole(me.data, "marketing") && (
                  <li>
                    <NavLink to="/dashboard">Dashboard</NavLink>
                  </li>
                )}
                {hasRole(me.data, "ops") && (
                  <li>
                    <NavLink to="/ops">Ops</NavLink>
                  </li>
                )}
                <li>
                  <button type="button" className="link" onClick={() => void signOut()}>
                    Sign out {me.data.displayName}
                  </button>
                </li>
              </>
            ) : (
              <li>
                <NavLink to="/signin">Sign in</NavLink>
              </li>
            )}
            <li>
              <button
                type="button"
                className="assistant-toggle"
                aria-expanded={assistantOpen}
                onClick={() => setAssistantOpen((open) => !open)}
              >
                Assistant
              </button>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main">
        <Outlet />
      </main>
      {assistantOpen && <AssistantPanel onClose={() => setAssistantOpen(false)} />}
      <footer className="site-footer">
        <p>Elara · a shop that learns what you like</p>
      </footer>
    </div>
  );
}
