import { Link } from "react-router-dom";
import type { Cart } from "../api/types";
import { money } from "../shared/money";

interface CartLinesProps {
  cart: Cart;
  onChange: (productId: string, quantity: number) => void;
  busy: boolean;
}

/** The cart's lines with quantity controls; quantities are clamped to the stock the cart reports. */
export function CartLines({ cart, onChange, busy }: CartLinesProps) {
  if (cart.lines.length === 0) {
    return (
      <p>
        Your cart is empty. <Link to="/">Find something you like</Link>.
      </p>
    );
  }
  return (
    <table className="cart">
      <caption className="visually-hidden">Items in your cart</caption>
      <thead>
        <tr>
          <th scope="col">Product</th>
          <th scope="col">Quantity</th>
          <th scope="col">Price</th>
          <th scope="col">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {cart.lines.map((line) => (
          <tr key={line.productId}>
            <td>
              <Link to={`/products/${encodeURIComponent(line.productId)}`}>{line.name}</Link>
            </td>
            <td>
              <label className="visually-hidden" htmlFor={`qty-${line.productId}`}>
                Quantity of {line.name}
              </label>
              <input
                id={`qty-${line.productId}`}
                type="number"
                min={1}
                max={Math.max(1, line.inStock)}
                value={line.quantity}
                disabled={busy}
                onChange={(event) => {
                  const quantity = Math.min(Math.max(1, Number(event.target.value) || 1), Math.max(1, line.inStock));
                  if (quantity !== line.quantity) onChange(line.productId, quantity);
                }}
              />
            </td>
            <td>{money(line.unitPrice * line.quantity)}</td>
            <td>
              <button type="button" disabled={busy} onClick={() => onChange(line.productId, 0)}>
                Remove <span className="visually-hidden">{line.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total ({cart.itemCount} {cart.itemCount === 1 ? "item" : "items"})
          </th>
          <td colSpan={2}>{money(cart.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
