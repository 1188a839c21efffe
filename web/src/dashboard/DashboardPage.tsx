import { useState, type ReactNode } from "react";
import { Link } from "react-router-dom";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Dashboard, TrendingWindow } from "../api/types";
import { Loading } from "../shared/Loading";
import { money } from "../shared/money";
import { useEventSource } from "../shared/useEventSource";
import { funnelSteps, revenueSeries } from "./chartData";

const windows: TrendingWindow[] = ["5m", "1h", "24h"];

function CountList({ title, rows }: { title: string; rows: { key: string; label: ReactNode; count: number }[] }) {
  return (
    <section className="panel">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ol>
          {rows.map((r) => (
            <li key={r.key}>
              {r.label} <span className="muted">({r.count})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Marketing's live view: one Server-Sent Events stream sends the whole snapshot each time it changes. */
export function DashboardPage() {
  const [timeWindow, setTimeWindow] = useState<TrendingWindow>("1h");
  const { data, status } = useEventSource<Dashboard>(`/api/dashboard/stream?window=${timeWindow}`, "dashboard");

  return (
    <section>
      <h1>Marketing dashboard</h1>
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Time window</legend>
          {windows.map((w) => (
            <label key={w}>
              <input
                type="radio"
                name="window"
                value={w}
                checked={w === timeWindow}
                onChange={() => setTimeWindow(w)}
              />{" "}
              {w}
            </label>
          ))}
        </fieldset>
        <p role="status" className={`stream ${status}`}>
          {status === "live" ? "Live" : status === "connecting" ? "Connecting…" : "Reconnecting…"}
          {data && ` · updated ${new Date(data.at).toLocaleTimeString("en-GB")}`}
        </p>
      </div>
      {!data ? (
        <Loading label="Waiting for the first snapshot…" />
      ) : (
        <div className="dashboard">
          <section className="panel" aria-labelledby="totals">
            <h2 id="totals">Totals</h2>
            <p className="big" data-testid="revenue-total">
              {money(data.totals.revenue)}
            </p>
            <p data-testid="orders-total">{data.totals.orders} orders</p>
          </section>
          <section className="panel wide">
            <h2>Conversion funnel</h2>
            <div className="chart">
              <ResponsiveContainer width="100%" height={220}>
                <BarChart data={funnelSteps(data.funnel)}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="step" />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Bar dataKey="count" fill="#3b5bdb" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <ul className="inline">
              {funnelSteps(data.funnel).map((s) => (
                <li key={s.step}>
                  {s.step}: {s.count}
                  {s.conversion !== null && ` (${s.conversion}%)`}
                </li>
              ))}
            </ul>
          </section>
          <section className="panel wide">
            <h2>Revenue per minute</h2>
            <div className="chart">
              <ResponsiveContainer width="100%" height={220}>
                <LineChart data={revenueSeries(data.revenuePerMinute)}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" />
                  <YAxis />
                  <Tooltip formatter={(value) => money(Number(value))} />
                  <Line type="monotone" dataKey="revenue" stroke="#2b8a3e" dot={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </section>
          <CountList
            title="Trending products"
            rows={data.products.map((p) => ({
              key: p.product.id,
              label: <Link to={`/products/${encodeURIComponent(p.product.id)}`}>{p.product.name}</Link>,
              count: p.events,
            }))}
          />
          <CountList
            title="Trending categories"
            rows={data.categories.map((c) => ({ key: c.category, label: c.category, count: c.events }))}
          />
          <CountList
            title="Top searches"
            rows={data.queries.map((q) => ({ key: q.query, label: q.query, count: q.count }))}
          />
          <CountList
            title="Searches with no results"
            rows={data.zeroResultQueries.map((q) => ({ key: q.query, label: q.query, count: q.count }))}
          />
        </div>
      )}
    </section>
  );
}
