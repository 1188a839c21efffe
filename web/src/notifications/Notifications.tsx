import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

interface Notice {
  id: number;
  text: string;
  tone: "info" | "error";
}

const NotifyContext = createContext<(text: string, tone?: Notice["tone"]) => void>(() => undefined);

const NoticeLifetimeMs = 5000;

/** Short notices (added to cart, order placed, errors of background actions) read out by screen readers. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((text: string, tone: Notice["tone"] = "info") => {
    const id = Date.now() + Math.random();
    setNotices((current) => [...current.slice(-2), { id, text, tone }]);
    setTimeout(() => setNotices((current) => current.filter((n) => n.id !== id)), NoticeLifetimeMs);
  }, []);
  const value = useMemo(() => notify, [notify]);

  return (
    <NotifyContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((notice) => (
          <p key={notice.id} className={`notice ${notice.tone}`}>
            {notice.text}
          </p>
        ))}
      </div>
    </NotifyContext.Provider>
  );
}

export function useNotify() {
  return useContext(NotifyContext);
}
