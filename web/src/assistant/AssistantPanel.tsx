import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useAddToCart } from "../cart/useCart";
import { useNotify } from "../notifications/Notifications";
import { ErrorMessage } from "../shared/ErrorMessage";
import { assistantApi, ensureConversation, resumeConversation } from "./assistantApi";
import { ChatMessages, type ChatMessage } from "./ChatMessages";
import { useSpeech } from "./useSpeech";

/** The shopping assistant, a side panel on every page; the conversation survives page loads. */
export function AssistantPanel({ onClose }: { onClose: () => void }) {
  const [startedId, setStartedId] = useState<string | null>(null);
  const [newMessages, setNewMessages] = useState<ChatMessage[]>([]);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [text, setText] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const add = useAddToCart();

  const resumed = useQuery({ queryKey: ["assistant", "resume"], queryFn: resumeConversation, gcTime: 0 });
  const conversationId = startedId ?? resumed.data?.id ?? null;
  const earlier: ChatMessage[] = (resumed.data?.turns ?? []).map((t) => ({
    role: t.role,
    text: t.text,
    cards: t.cards ?? [],
  }));
  const messages = [...earlier, ...newMessages];
  useEffect(() => input.current?.focus(), []);

  const send = useMutation({
    mutationFn: async (message: string) => {
      const id = await ensureConversation(conversationId);
      setStartedId(id);
      return assistantApi.send(id, message);
    },
    onMutate: (message) => {
      setNewMessages((current) => [...current, { role: "shopper", text: message, cards: [] }]);
      setSuggestions([]);
      setText("");
    },
    onSuccess: (reply) => {
      setNewMessages((current) => [...current, { role: "assistant", text: reply.reply, cards: reply.cards }]);
      setSuggestions(reply.suggestions);
      // The assistant may have filled the cart itself.
      if (reply.actions.some((a) => a.kind === "added_to_cart")) {
        void queryClient.invalidateQueries({ queryKey: ["cart"] });
        notify("The assistant added to your cart");
      }
    },
  });

  const ask = useCallback(
    (message: string) => {
      if (message.trim()) send.mutate(message.trim());
    },
    [send],
  );
  const speech = useSpeech(ask);

  function submit(event: FormEvent) {
    event.preventDefault();
    ask(text);
  }

  return (
    <aside className="assistant" aria-labelledby="assistant-title">
      <header>
        <h2 id="assistant-title">Shopping assistant</h2>
        <button type="button" onClick={onClose} aria-label="Close the assistant">
          ×
        </button>
      </header>
      <div className="assistant-body" aria-live="polite">
        <ChatMessages
          messages={messages}
          adding={add.isPending}
          onAdd={(card) => add.mutate([{ productId: card.id, name: card.name }])}
        />
        {send.isPending && <p className="muted">The assistant is thinking…</p>}
        <ErrorMessage error={send.error ?? resumed.error} />
      </div>
      {suggestions.length > 0 && (
        <ul className="chips" aria-label="Follow-ups">
          {suggestions.map((s) => (
            <li key={s}>
              <button type="button" className="chip" onClick={() => ask(s)}>
                {s}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="assistant-form">
        <label htmlFor="assistant-input" className="visually-hidden">
          Message the assistant
        </label>
        <input
          id="assistant-input"
          ref={input}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Ask the assistant"
          autoComplete="off"
        />
        {speech.supported && (
          <button type="button" aria-pressed={speech.listening} onClick={speech.toggle}>
            {speech.listening ? "Stop" : "Speak"}
          </button>
        )}
        <button type="submit" disabled={send.isPending}>
          Send
        </button>
      </form>
    </aside>
  );
}
