import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { shop } from "../api/shop";
import { useCart } from "../cart/useCart";
import { useNotify } from "../notifications/Notifications";
import { ErrorMessage } from "../shared/ErrorMessage";
import { Loading } from "../shared/Loading";
import { money } from "../shared/money";

export const SandboxCard = "4242 4242 4242 4242";

export function CheckoutPage() {
  const cart = useCart();
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  // One key per attempt of this cart: a double submit or a retry after a lost answer is the same order.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const pay = useMutation({
    mutationFn: (cardNumber: string) => shop.checkout(cardNumber, idempotencyKey),
    onSuccess: async (order) => {
      await queryClient.invalidateQueries({ queryKey: ["cart"] });
      await queryClient.invalidateQueries({ queryKey: ["orders"] });
      notify(`Order placed: ${money(order.total)}`);
      navigate(`/orders/${encodeURIComponent(order.id)}`);
    },
    onError: () => setIdempotencyKey(crypto.randomUUID()),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    pay.mutate(String(new FormData(event.currentTarget).get("cardNumber")));
  }

  if (cart.isPending) return <Loading />;
  if (cart.isError) return <ErrorMessage error={cart.error} />;
  return (
    <section className="narrow">
      <h1>Checkout</h1>
      {cart.data.lines.length === 0 ? (
        <p>Your cart is empty.</p>
      ) : (
        <>
          <ul>
            {cart.data.lines.map((line) => (
              <li key={line.productId}>
                {line.quantity} × {line.name}: {money(line.unitPrice * line.quantity)}
              </li>
            ))}
          </ul>
          <p className="price big">Total {money(cart.data.total)}</p>
          <form onSubmit={submit} className="stack">
            <label>
              Card number
              <input
                name="cardNumber"
                inputMode="numeric"
                autoComplete="cc-number"
                defaultValue={SandboxCard}
                required
                aria-describedby="sandbox-hint"
              />
            </label>
            <p id="sandbox-hint" className="muted">
              Sandbox: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined.
            </p>
            <ErrorMessage error={pay.error} />
            <button type="submit" className="primary" disabled={pay.isPending}>
              {pay.isPending ? "Paying…" : `Pay ${money(cart.data.total)}`}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
