import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { shop } from "../api/shop";
import { useMe } from "../auth/useMe";
import { ErrorMessage } from "../shared/ErrorMessage";

/** Stars as text, so screen readers and the layout both get them without images. */
export function stars(rating: number): string {
  const whole = Math.round(rating);
  return "★".repeat(whole) + "☆".repeat(5 - whole);
}

/** A product's reviews with their average; signed-in shoppers write (or replace) their own. */
export function ProductReviews({ productId }: { productId: string }) {
  const reviews = useQuery({ queryKey: ["reviews", productId], queryFn: () => shop.reviews(productId) });
  const me = useMe();
  const client = useQueryClient();
  const [rating, setRating] = useState(5);
  const [text, setText] = useState("");
  const write = useMutation({
    mutationFn: () => shop.writeReview(productId, rating, text),
    onSuccess: (page) => {
      client.setQueryData(["reviews", productId], page);
      setText("");
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate();
  };

  return (
    <section aria-labelledby="reviews" className="stack">
      <h2 id="reviews">Reviews</h2>
      {reviews.isError && <ErrorMessage error={reviews.error} />}
      {reviews.data &&
        (reviews.data.count === 0 ? (
          <p className="muted">No reviews yet.</p>
        ) : (
          <>
            <p>
              <span aria-hidden="true">{stars(reviews.data.average)}</span> {reviews.data.average.toFixed(1)} out of 5
              from {reviews.data.count} {reviews.data.count === 1 ? "review" : "reviews"}
            </p>
            <ul className="reviews">
              {reviews.data.items.map((review) => (
                <li key={`${review.author}-${review.at}`}>
                  <p>
                    <strong>{review.author}</strong>{" "}
                    <span aria-label={`${review.rating} out of 5`}>{stars(review.rating)}</span>
                  </p>
                  {review.text && <p>{review.text}</p>}
                </li>
              ))}
            </ul>
          </>
        ))}
      {me.data ? (
        <form onSubmit={submit} className="stack">
          <label>
            Your rating
            <select value={rating} onChange={(e) => setRating(Number(e.target.value))}>
              {[5, 4, 3, 2, 1].map((value) => (
                <option key={value} value={value}>
                  {value} {value === 1 ? "star" : "stars"}
                </option>
              ))}
            </select>
          </label>
          <label>
            Your review
            <textarea value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
          </label>
          {write.isError && <ErrorMessage error={write.error} />}
          <button type="submit" disabled={write.isPending}>
            Post review
          </button>
        </form>
      ) : (
        <p className="muted">Sign in to write a review.</p>
      )}
    </section>
  );
}
