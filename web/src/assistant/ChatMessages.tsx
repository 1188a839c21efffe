import { Link } from "react-router-dom";
import type { AssistantCard } from "../api/types";
import { money } from "../shared/money";

export interface ChatMessage {
  role: "shopper" | "assistant";
  text: string;
  cards: AssistantCard[];
}

interface ChatMessagesProps {
  messages: ChatMessage[];
  onAdd: (card: AssistantCard) => void;
  adding: boolean;
}

/** The conversation: the shopper's lines, the assistant's replies and the product cards under them. */
export function ChatMessages({ messages, onAdd, adding }: ChatMessagesProps) {
  if (messages.length === 0) {
    return <p className="muted">Ask for anything, e.g. “a gift for a gardener under £20”.</p>;
  }
  return (
    <ol className="chat" aria-label="Conversation">
      {messages.map((message, i) => (
        <li key={i} className={`bubble ${message.role}`}>
          <span className="visually-hidden">{message.role === "shopper" ? "You:" : "Assistant:"}</span>
          <p>{message.text}</p>
          {message.cards.length > 0 && (
            <ul className="chat-cards">
              {message.cards.map((card) => (
                <li key={card.id} className="chat-card">
                  <img src={card.imageUrl} alt="" width={48} height={48} />
                  <div>
                    <Link to={`/products/${encodeURIComponent(card.id)}`}>{card.name}</Link>
                    <p>
                      {money(card.price)}
                      {card.reason && <span className="muted"> · {card.reason}</span>}
                    </p>
                    <button type="button" disabled={adding || card.stock <= 0} onClick={() => onAdd(card)}>
                      Add <span className="visually-hidden">{card.name}</span> to cart
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
