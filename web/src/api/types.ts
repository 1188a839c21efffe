// The API's JSON, as the C# records in api/Elara.Api and grains/Elara.Grains.Abstractions serialise it.

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

export interface Me {
  userId: string;
  email: string;
  displayName: string;
  roles: string[];
}

export interface Category {
  slug: string;
  name: string;
  productCount: number;
}

export interface ProductSummary {
  id: string;
  name: string;
  category: string;
  price: number;
  stock: number;
  imageUrl: string;
}

export interface ProductPage {
  items: ProductSummary[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ProductCounters {
  views: number;
  clicks: number;
  addsToCart: number;
  removesFromCart: number;
  purchases: number;
  wishlisted: number;
}

export interface ProductDetails extends ProductSummary {
  description: string;
  inStock: boolean;
  attributes: Record<string, string>;
  counters: ProductCounters;
  priceHistory: { price: number; at: string }[];
  updatedAt: string;
}

export interface CartLine {
  productId: string;
  name: string;
  quantity: number;
  unitPrice: number;
  inStock: number;
  lineTotal: number;
}

export interface Cart {
  lines: CartLine[];
  itemCount: number;
  total: number;
  currency: string;
}

export type OrderStatus = "Pending" | "Paid" | "Failed" | "Shipped" | "Delivered" | "Cancelled";

export interface Order {
  id: string;
  status: OrderStatus;
  lines: { productId: string; name: string; quantity: number; unitPrice: number; lineTotal: number }[];
  total: number;
  currency: string;
  failureReason: string | null;
  createdAt: string;
}

export interface Wishlist {
  productIds: string[];
}

export type SearchSort = "relevance" | "price_asc" | "price_desc" | "best_rated" | "newest";

export interface ParsedQuery {
  terms: string[];
  minPrice: number | null;
  maxPrice: number | null;
  colours: string[];
  materials: string[];
  sizes: string[];
  category: string | null;
  excluded: string[];
  sort: SearchSort;
  chips: string[];
}

export interface SearchHit {
  id: string;
  name: string;
  category: string;
  price: number;
  stock: number;
  score: number;
  why: string;
}

export interface SearchPage {
  items: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  facets: { field: string; values: { value: string; count: number }[] }[];
  parsed: ParsedQuery;
  correction: string | null;
  relaxed: string | null;
}

export interface Suggestion {
  text: string;
  kind: string;
  productId: string | null;
}

export interface Recommendation {
  product: ProductSummary;
  score: number;
  source: string;
  reason: string;
}

export interface Recommendations {
  context: string;
  items: Recommendation[];
}

export interface SimilarProducts {
  productId: string;
  items: Recommendation[];
}

export interface BoughtTogether {
  productId: string;
  items: { product: ProductSummary; baskets: number; support: number; confidence: number; reason: string }[];
}

export interface Preferences {
  categories: { category: string; score: number }[];
  typicalPrice: number | null;
  sessionProducts: string[];
  events: number;
}

export type TrendingWindow = "5m" | "1h" | "24h";

export interface TrendingItem {
  product: ProductSummary;
  events: number;
  score: number;
}

export interface Trending {
  window: TrendingWindow;
  category: string | null;
  items: TrendingItem[];
}

export interface Dashboard {
  window: TrendingWindow;
  at: string;
  products: TrendingItem[];
  categories: { category: string; events: number; score: number }[];
  queries: { query: string; count: number }[];
  zeroResultQueries: { query: string; count: number }[];
  funnel: { viewed: number; addedToCart: number; purchased: number };
  revenuePerMinute: { minute: string; revenue: number; orders: number }[];
  totals: { revenue: number; orders: number };
}

export interface AssistantCard {
  position: number;
  id: string;
  name: string;
  category: string;
  price: number;
  stock: number;
  imageUrl: string;
  reason: string;
}

export interface AssistantReply {
  reply: string;
  cards: AssistantCard[];
  actions: { kind: string; productId: string; quantity: number }[];
  suggestions: string[];
}

export interface AssistantTurn {
  role: "shopper" | "assistant";
  text: string;
  cards: AssistantCard[];
  at: string;
}

export interface Conversation {
  id: string;
  turns: AssistantTurn[];
}

export interface Silo {
  id: string;
  address: string;
  status: string;
  activations: Record<string, number>;
  messagesPerSecond: number;
}

export interface Cluster {
  membershipVersion: number;
  silos: Silo[];
}

export interface Review {
  author: string;
  rating: number;
  text: string;
  at: string;
}

export interface Reviews {
  productId: string;
  count: number;
  average: number;
  items: Review[];
}
