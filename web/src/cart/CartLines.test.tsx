import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import type { Cart } from "../api/types";
import { CartLines } from "./CartLines";

const cart: Cart = {
  lines: [
    { productId: "bath-0001", name: "Oat Soap", quantity: 2, unitPrice: 4.5, inStock: 3, lineTotal: 9 },
    { productId: "garden-0002", name: "Tin Watering Can", quantity: 1, unitPrice: 12, inStock: 10, lineTotal: 12 },
  ],
  itemCount: 3,
  total: 21,
  currency: "GBP",
};

function renderLines(onChange = vi.fn()) {
  render(
    <MemoryRouter>
      <CartLines cart={cart} busy={false} onChange={onChange} />
    </MemoryRouter>,
  );
  return onChange;
}

describe("cart lines", () => {
  it("shows each line's total and the cart's", () => {
    renderLines();
    expect(screen.getByRole("cell", { name: "£9.00" })).toBeDefined();
    expect(screen.getByRole("rowheader", { name: "Total (3 items)" })).toBeDefined();
    expect(screen.getByRole("cell", { name: "£21.00" })).toBeDefined();
  });

  it("caps a quantity at the stock", () => {
    const onChange = renderLines();
    fireEvent.change(screen.getByLabelText("Quantity of Oat Soap"), { target: { value: "9" } });
    expect(onChange).toHaveBeenCalledWith("bath-0001", 3);
  });

  it("removes a line as quantity 0", () => {
    const onChange = renderLines();
    fireEvent.click(screen.getByRole("button", { name: "Remove Tin Watering Can" }));
    expect(onChange).toHaveBeenCalledWith("garden-0002", 0);
  });

  it("says so when the cart is empty", () => {
    render(
      <MemoryRouter>
        <CartLines cart={{ ...cart, lines: [], itemCount: 0, total: 0 }} busy={false} onChange={vi.fn()} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/Your cart is empty/)).toBeDefined();
  });
});
