import { useEffect, useState } from "react";

export type StreamStatus = "connecting" | "live" | "reconnecting";

/**
 * The latest message of a named Server-Sent Events stream. EventSource reconnects by itself after a drop; the status
 * says whether what is shown is live.
 */
export function useEventSource<T>(url: string, eventName: string) {
  const [data, setData] = useState<T | null>(null);
  const [status, setStatus] = useState<StreamStatus>("connecting");

  useEffect(() => {
    const source = new EventSource(url, { withCredentials: true });
    const onMessage = (event: MessageEvent<string>) => {
      setData(JSON.parse(event.data) as T);
      setStatus("live");
    };
    source.addEventListener(eventName, onMessage);
    source.onopen = () => setStatus("live");
    source.onerror = () => setStatus("reconnecting");
    return () => {
      source.removeEventListener(eventName, onMessage);
      source.close();
    };
  }, [url, eventName]);

  return { data, status };
}
