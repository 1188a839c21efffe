import { useQuery, keepPreviousData } from "@tanstack/react-query";
import { useEffect } from "react";
import { shop } from "../api/shop";
import type { SearchState } from "./chips";

/** One page of results for the state in the URL; nothing is asked for an empty search. */
export function useSearch(state: SearchState, page: number) {
  const asked = state.q.trim() !== "" || state.category !== null || state.minPrice !== null || state.maxPrice !== null;
  const result = useQuery({
    queryKey: ["search", state, page],
    queryFn: () => shop.search({ ...state, page, pageSize: 24 }),
    enabled: asked,
    placeholderData: keepPreviousData,
  });
  useEffect(() => {
    // The API records the search itself (it runs on page 1), so the app tracks nothing more here.
    document.title = state.q ? `${state.q} · Elara` : "Elara";
  }, [state.q]);
  return { ...result, asked };
}
