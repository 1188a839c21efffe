import type { Cluster } from "../api/types";
import { Loading } from "../shared/Loading";
import { useEventSource } from "../shared/useEventSource";

/** Ops' live view of the cluster: the stream sends the whole picture every second. */
export function OpsPage() {
  const { data, status } = useEventSource<Cluster>("/api/ops/cluster/stream", "cluster");
  return (
    <section>
      <h1>Cluster</h1>
      <p role="status" className={`stream ${status}`}>
        {status === "live" ? "Live" : status === "connecting" ? "Connecting…" : "Reconnecting…"}
        {data && ` · membership version ${data.membershipVersion}`}
      </p>
      {!data ? (
        <Loading label="Waiting for the cluster…" />
      ) : (
        <div className="dashboard">
          {data.silos.map((silo) => {
            const activations = Object.entries(silo.activations).sort((a, b) => b[1] - a[1]);
            const total = activations.reduce((sum, [, n]) => sum + n, 0);
            return (
              <article key={silo.id} className="panel">
                <h2>{silo.address}</h2>
                <p>
                  <span className={`status ${silo.status.toLowerCase()}`}>{silo.status}</span> ·{" "}
                  {Math.round(silo.messagesPerSecond)} messages/s · {total} activations
                </p>
                <table>
                  <caption className="visually-hidden">Activations per grain type on {silo.address}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Grain type</th>
                      <th scope="col">Activations</th>
                    </tr>
                  </thead>
                  <tbody>
                    {activations.map(([type, count]) => (
                      <tr key={type}>
                        <td>{type}</td>
                        <td>{count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </article>
            );
          })}
        </div>
      )}
    </section>
  );
}
