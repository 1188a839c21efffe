import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client";
import { shop } from "../api/shop";
import type { Cart } from "../api/types";
import { useNotify } from "../notifications/Notifications";
import { tracker } from "../tracking/tracker";

export function useCart() {
  return useQuery({ queryKey: ["cart"], queryFn: shop.cart });
}

/** Adds one or more products (a bundle is several) and tells the shopper. */
export function useAddToCart() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: async (items: { productId: string; name: string; quantity?: number }[]) => {
      let cart: Cart | undefined;
      for (const item of items) {
        cart = await shop.addToCart(item.productId, item.quantity ?? 1);
      }
      return cart;
    },
    onSuccess: (cart, items) => {
      if (cart) queryClient.setQueryData(["cart"], cart);
      void queryClient.invalidateQueries({ queryKey: ["recommendations"] });
      for (const item of items)
        tracker.track({ type: "add_to_cart", productId: item.productId, quantity: item.quantity ?? 1 });
      notify(`Added ${items.map((i) => i.name).join(" and ")} to your cart`);
    },
    onError: (error) => notify(error instanceof ApiError ? error.message : "Could not add to the cart", "error"),
  });
}

export function useChangeCart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, quantity }: { productId: string; quantity: number }) =>
      quantity === 0 ? shop.removeFromCart(productId) : shop.setQuantity(productId, quantity),
    onSuccess: (cart, { productId, quantity }) => {
      queryClient.setQueryData(["cart"], cart);
      if (quantity === 0) tracker.track({ type: "remove_from_cart", productId });
    },
  });
}
