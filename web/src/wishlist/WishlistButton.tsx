import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { shop } from "../api/shop";
import { tracker } from "../tracking/tracker";

export function useWishlist() {
  return useQuery({ queryKey: ["wishlist"], queryFn: shop.wishlist });
}

export function WishlistButton({ productId }: { productId: string }) {
  const wishlist = useWishlist();
  const queryClient = useQueryClient();
  const saved = wishlist.data?.productIds.includes(productId) ?? false;
  const toggle = useMutation({
    mutationFn: () => (saved ? shop.removeFromWishlist(productId) : shop.addToWishlist(productId)),
    onSuccess: (next) => {
      queryClient.setQueryData(["wishlist"], next);
      if (!saved) tracker.track({ type: "wishlist", productId });
    },
  });
  return (
    <button type="button" aria-pressed={saved} disabled={toggle.isPending} onClick={() => toggle.mutate()}>
      {saved ? "♥ In your wishlist" : "♡ Add to wishlist"}
    </button>
  );
}
