import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useNavigate } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { shop } from "../api/shop";
import type { Suggestion } from "../api/types";

const SuggestDelayMs = 150;

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** The search field with suggestions as you type (a combobox: arrows move, Enter picks, Escape closes). */
export function SearchBox({ initial = "" }: { initial?: string }) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const navigate = useNavigate();
  const listId = useId();
  const prefix = useDebounced(text.trim(), SuggestDelayMs);

  const suggestions = useQuery({
    queryKey: ["suggest", prefix],
    queryFn: () => shop.suggest(prefix),
    enabled: open && prefix.length > 0,
    staleTime: 30_000,
  });
  const items = open && prefix.length > 0 ? (suggestions.data ?? []) : [];

  function go(suggestion: Suggestion | null) {
    setOpen(false);
    setActive(-1);
    if (suggestion?.productId) {
      navigate(`/products/${encodeURIComponent(suggestion.productId)}`);
      return;
    }
    const q = (suggestion?.text ?? text).trim();
    if (suggestion) setText(q);
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    go(active >= 0 ? (items[active] ?? null) : null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search products
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        placeholder="Search, e.g. red lamp under £30"
        autoComplete="off"
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <button type="submit">Search</button>
      <ul id={listId} role="listbox" aria-label="Suggestions" className="suggestions" hidden={items.length === 0}>
        {items.map((item, i) => (
          <li
            key={`${item.kind}:${item.text}:${item.productId ?? ""}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(event) => {
              event.preventDefault();
              go(item);
            }}
          >
            {item.text}
            {item.kind !== "query" && <span className="muted"> · {item.kind}</span>}
          </li>
        ))}
      </ul>
    </form>
  );
}
