import { Link, useSearchParams } from "react-router-dom";
import type { SearchPage } from "../api/types";
import { ProductCard } from "../catalog/ProductCard";
import { ErrorMessage } from "../shared/ErrorMessage";
import { Loading } from "../shared/Loading";
import { chipsOf, priceBand, sortLabels, withoutChip, type SearchState } from "./chips";
import { useSearch } from "./useSearch";

function wideScreen(): boolean {
  return typeof window.matchMedia !== "function" || window.matchMedia("(min-width: 721px)").matches;
}

/** Results with facets and chips, for a search (/search) or a category (/categories/{id}); state lives in the URL. */
export function Results({ state, base }: { state: SearchState; base: string }) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get("page") ?? 1) || 1);
  const search = useSearch(state, page);

  function apply(next: SearchState, nextPage = 1) {
    const out = new URLSearchParams();
    if (next.q) out.set("q", next.q);
    if (next.category && base === "/search") out.set("category", next.category);
    if (next.minPrice !== null) out.set("minPrice", String(next.minPrice));
    if (next.maxPrice !== null) out.set("maxPrice", String(next.maxPrice));
    if (next.sort) out.set("sort", next.sort);
    if (nextPage > 1) out.set("page", String(nextPage));
    if (base === "/search" && !out.has("q")) out.set("q", "");
    setParams(out);
  }

  if (!search.asked) return <p>Type what you are looking for in the search box.</p>;
  if (search.isPending) return <Loading label="Searching…" />;
  if (search.isError) return <ErrorMessage error={search.error} />;
  const result: SearchPage = search.data;
  const chips = chipsOf(result.parsed, state).filter((chip) => base === "/search" || chip.key !== "category");
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));

  return (
    <div className="results-layout">
      <aside aria-label="Filters" className="facets">
        {/* Open on a wide screen; on a phone the results come first and the filters fold away. */}
        <details open={wideScreen()}>
          <summary>Filters and sorting</summary>
          <label>
            Sort by{" "}
            <select
              value={state.sort ?? result.parsed.sort}
              onChange={(event) => apply({ ...state, sort: event.target.value as SearchState["sort"] })}
            >
              {Object.entries(sortLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {result.facets
            .filter((facet) => facet.values.length > 0 && !(facet.field === "category" && base !== "/search"))
            .map((facet) => (
              <fieldset key={facet.field}>
                <legend>{facet.field}</legend>
                <ul>
                  {facet.values.slice(0, 8).map((value) => (
                    <li key={value.value}>
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          apply(
                            facet.field === "price"
                              ? { ...state, ...priceBand(value.value) }
                              : facet.field === "category"
                                ? { ...state, category: value.value }
                                : { ...state, q: `${state.q} ${value.value}`.trim() },
                          )
                        }
                      >
                        {value.value} <span className="muted">({value.count})</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ))}
        </details>
      </aside>
      <div>
        {result.correction && (
          <p>
            Showing results for <strong>{result.correction}</strong>
          </p>
        )}
        {result.relaxed && <p className="muted">No exact matches, so we relaxed: {result.relaxed}</p>}
        {chips.length > 0 && (
          <ul className="chips" aria-label="Your search understood as">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  className="chip"
                  aria-label={`Remove ${chip.label}`}
                  onClick={() => apply(withoutChip(chip.key, result.parsed, state))}
                >
                  {chip.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <p role="status" className="muted">
          {result.total} {result.total === 1 ? "product" : "products"}
        </p>
        <div className="grid">
          {result.items.map((hit) => (
            <ProductCard
              key={hit.id}
              product={hit}
              reason={hit.why}
              fromQuery={state.q || undefined}
              headingLevel="h2"
            />
          ))}
        </div>
        {pages > 1 && (
          <nav aria-label="Pages" className="pager">
            {page > 1 && (
              <button type="button" onClick={() => apply(state, page - 1)}>
                Previous
              </button>
            )}
            <span>
              Page {page} of {pages}
            </span>
            {page < pages && (
              <button type="button" onClick={() => apply(state, page + 1)}>
                Next
              </button>
            )}
          </nav>
        )}
        {result.items.length === 0 && (
          <p>
            Nothing matched. <Link to="/">Back to the shop</Link>
          </p>
        )}
      </div>
    </div>
  );
}
