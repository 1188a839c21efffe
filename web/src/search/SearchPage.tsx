import { useSearchParams } from "react-router-dom";
import { readSearchState } from "./chips";
import { Results } from "./Results";

export function SearchPage() {
  const [params] = useSearchParams();
  const state = readSearchState(params);
  return (
    <section>
      <h1>{state.q ? `Results for “${state.q}”` : "Search"}</h1>
      <Results state={state} base="/search" />
    </section>
  );
}
