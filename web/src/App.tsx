import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { AuthForm } from "./auth/AuthForm";
import { CartPage } from "./cart/CartPage";
import { CategoryPage } from "./catalog/CategoryPage";
import { ProductPage } from "./catalog/ProductPage";
import { CheckoutPage } from "./checkout/CheckoutPage";
import { HomePage } from "./home/HomePage";
import { Layout } from "./Layout";
import { OrderPage, OrdersPage } from "./orders/OrdersPage";
import { SearchPage } from "./search/SearchPage";
import { Loading } from "./shared/Loading";
import { RequireSignIn } from "./shared/RequireSignIn";
import { WishlistPage } from "./wishlist/WishlistPage";

// The staff pages carry the charts library; shoppers never download it.
const DashboardPage = lazy(() => import("./dashboard/DashboardPage").then((m) => ({ default: m.DashboardPage })));
const OpsPage = lazy(() => import("./ops/OpsPage").then((m) => ({ default: m.OpsPage })));

function Staff({ role, children }: { role: string; children: ReactNode }) {
  return (
    <RequireSignIn role={role}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RequireSignIn>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
    </section>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: "/", element: <HomePage /> },
      { path: "/categories/:id", element: <CategoryPage /> },
      { path: "/search", element: <SearchPage /> },
      { path: "/products/:id", element: <ProductPage /> },
      { path: "/cart", element: <CartPage /> },
      { path: "/wishlist", element: <WishlistPage /> },
      { path: "/signin", element: <AuthForm mode="signin" /> },
      { path: "/register", element: <AuthForm mode="register" /> },
      {
        path: "/checkout",
        element: (
          <RequireSignIn>
            <CheckoutPage />
          </RequireSignIn>
        ),
      },
      {
        path: "/orders",
        element: (
          <RequireSignIn>
            <OrdersPage />
          </RequireSignIn>
        ),
      },
      {
        path: "/orders/:id",
        element: (
          <RequireSignIn>
            <OrderPage />
          </RequireSignIn>
        ),
      },
      {
        path: "/dashboard",
        element: (
          <Staff role="marketing">
            <DashboardPage />
          </Staff>
        ),
      },
      {
        path: "/ops",
        element: (
          <Staff role="ops">
            <OpsPage />
          </Staff>
        ),
      },
      { path: "*", element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
