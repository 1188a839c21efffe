import { ApiError, request } from "../api/client";
import type { AssistantReply, Conversation } from "../api/types";

const ConversationKey = "elara.assistant.conversation";

export const assistantApi = {
  start: () => request<{ id: string }>("/api/assistant/conversations", { method: "POST", body: {} }),
  send: (id: string, text: string) =>
    request<AssistantReply>(`/api/assistant/conversations/${encodeURIComponent(id)}/messages`, {
      method: "POST",
      body: { text },
    }),
  get: (id: string) => request<Conversation>(`/api/assistant/conversations/${encodeURIComponent(id)}`),
};

/**
 * Forgets the conversation when who is shopping changes (sign-in, registration, sign-out): a conversation belongs to
 * the shopper who started it, and the server answers 404 to anyone else.
 */
export function forgetConversation(): void {
  localStorage.removeItem(ConversationKey);
}

/** The conversation this browser is having, kept across page loads; a new one when the server forgot it. */
export async function resumeConversation(): Promise<Conversation | null> {
  const id = localStorage.getItem(ConversationKey);
  if (!id) return null;
  try {
    return await assistantApi.get(id);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
      localStorage.removeItem(ConversationKey);
      return null;
    }
    throw error;
  }
}

export async function ensureConversation(current: string | null): Promise<string> {
  if (current) return current;
  const { id } = await assistantApi.start();
  localStorage.setItem(ConversationKey, id);
  return id;
}
