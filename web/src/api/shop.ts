import { query, request } from "./client";
import type {
  BoughtTogether,
  Cart,
  Category,
  Me,
  Order,
  Preferences,
  ProductDetails,
  ProductPage,
  Recommendations,
  Reviews,
  SearchPage,
  SimilarProducts,
  Suggestion,
  Trending,
  TrendingWindow,
  Wishlist,
} from "./types";

export const shop = {
  me: () => request<Me>("/api/me"),
  signIn: (email: string, password: string) =>
    request<Me>("/api/auth/login", { method: "POST", body: { email, password } }),
  register: (email: string, password: string, displayName: string) =>
    request<Me>("/api/auth/register", { method: "POST", body: { email, password, displayName } }),
  signOut: () => request<undefined>("/api/auth/logout", { method: "POST" }),

  categories: () => request<Category[]>("/api/categories"),
  products: (category: string, page: number, pageSize = 24) =>
    request<ProductPage>(`/api/products${query({ category, page, pageSize })}`),
  product: (id: string) => request<ProductDetails>(`/api/products/${encodeURIComponent(id)}`),
  reviews: (id: string) => request<Reviews>(`/api/products/${encodeURIComponent(id)}/reviews`),
  writeReview: (id: string, rating: number, text: string) =>
    request<Reviews>(`/api/products/${encodeURIComponent(id)}/reviews`, { method: "POST", body: { rating, text } }),

  search: (params: Record<string, string | number | null | undefined>) =>
    request<SearchPage>(`/api/search${query(params)}`),
  suggest: (q: string) => request<Suggestion[]>(`/api/search/suggest${query({ q, limit: 8 })}`),

  cart: () => request<Cart>("/api/cart"),
  addToCart: (productId: string, quantity = 1) =>
    request<Cart>("/api/cart/items", { method: "POST", body: { productId, quantity } }),
  setQuantity: (productId: string, quantity: number) =>
    request<Cart>(`/api/cart/items/${encodeURIComponent(productId)}`, { method: "PATCH", body: { quantity } }),
  removeFromCart: (productId: string) =>
    request<Cart>(`/api/cart/items/${encodeURIComponent(productId)}`, { method: "DELETE" }),
  checkout: (cardNumber: string, idempotencyKey: string) =>
    request<Order>("/api/checkout", {
      method: "POST",
      body: { cardNumber },
      headers: { "Idempotency-Key": idempotencyKey },
    }),

  orders: () => request<Order[]>("/api/orders"),
  order: (id: string) => request<Order>(`/api/orders/${encodeURIComponent(id)}`),

  wishlist: () => request<Wishlist>("/api/wishlist"),
  addToWishlist: (productId: string) =>
    request<Wishlist>(`/api/wishlist/${encodeURIComponent(productId)}`, { method: "POST" }),
  removeFromWishlist: (productId: string) =>
    request<Wishlist>(`/api/wishlist/${encodeURIComponent(productId)}`, { method: "DELETE" }),

  recommendations: (context: "home" | "cart" | "product", productId?: string, limit = 8) =>
    request<Recommendations>(`/api/recommendations${query({ context, productId, limit })}`),
  similar: (id: string, limit = 8) =>
    request<SimilarProducts>(`/api/products/${encodeURIComponent(id)}/similar${query({ limit })}`),
  boughtTogether: (id: string, limit = 4) =>
    request<BoughtTogether>(`/api/products/${encodeURIComponent(id)}/bought-together${query({ limit })}`),
  hideRecommendation: (productId: string) =>
    request<undefined>("/api/recommendations/hidden", { method: "POST", body: { productId } }),
  preferences: () => request<Preferences>("/api/me/preferences"),
  trending: (window: TrendingWindow, limit = 8) => request<Trending>(`/api/trending${query({ window, limit })}`),
};
