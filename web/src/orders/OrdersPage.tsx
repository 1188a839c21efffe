import { Link, useParams } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { shop } from "../api/shop";
import type { Order } from "../api/types";
import { ErrorMessage } from "../shared/ErrorMessage";
import { Loading } from "../shared/Loading";
import { money } from "../shared/money";

function OrderSummary({ order, heading: Heading = "h2" }: { order: Order; heading?: "h1" | "h2" }) {
  return (
    <article className="order">
      <Heading>
        Order <Link to={`/orders/${encodeURIComponent(order.id)}`}>{order.id}</Link>
      </Heading>
      <p>
        <span className="status">{order.status}</span> · {new Date(order.createdAt).toLocaleString("en-GB")} ·{" "}
        {money(order.total)}
      </p>
      {order.failureReason && <p className="error">{order.failureReason}</p>}
      <ul>
        {order.lines.map((line) => (
          <li key={line.productId}>
            {line.quantity} × <Link to={`/products/${encodeURIComponent(line.productId)}`}>{line.name}</Link>
          </li>
        ))}
      </ul>
    </article>
  );
}

export function OrdersPage() {
  const orders = useQuery({ queryKey: ["orders"], queryFn: shop.orders });
  return (
    <section>
      <h1>Your orders</h1>
      {orders.isPending ? (
        <Loading />
      ) : orders.isError ? (
        <ErrorMessage error={orders.error} />
      ) : orders.data.length === 0 ? (
        <p>No orders yet.</p>
      ) : (
        orders.data.map((order) => <OrderSummary key={order.id} order={order} />)
      )}
    </section>
  );
}

export function OrderPage() {
  const { id = "" } = useParams();
  const order = useQuery({ queryKey: ["orders", id], queryFn: () => shop.order(id) });
  if (order.isPending) return <Loading />;
  if (order.isError) return <ErrorMessage error={order.error} />;
  return (
    <section>
      <p>Thank you for your order.</p>
      <OrderSummary order={order.data} heading="h1" />
      <p>
        <Link to="/orders">All your orders</Link>
      </p>
    </section>
  );
}
