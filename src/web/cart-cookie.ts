export interface CartItem {
  productId: string;
  quantity: number;
}

export const MAX_CART_ITEMS = 50;
export const MAX_QUANTITY = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The cart lives in a cookie ("id:qty,id:qty"), so it works without an account and across
 * cooperatives; it holds no prices: every page and the order itself re-read them.
 */
export function decodeCart(raw: string | undefined): CartItem[] {
  const items = new Map<string, number>();
  for (const entry of (raw ?? '').split(',')) {
    const [productId, quantity] = entry.split(':');
    const n = Number(quantity);
    if (!productId || !UUID.test(productId) || !Number.isInteger(n) || n < 1) continue;
    if (items.size >= MAX_CART_ITEMS && !items.has(productId.toLowerCase())) continue;
    items.set(productId.toLowerCase(), Math.min(n, MAX_QUANTITY));
  }
  return [...items].map(([productId, quantity]) => ({ productId, quantity }));
}

export function encodeCart(items: CartItem[]): string {
  return items.map((item) => `${item.productId}:${item.quantity}`).join(',');
}

/** Adds to a line (or creates it), or sets its quantity; a quantity of 0 removes it. */
export function changeCart(items: CartItem[], productId: string, quantity: number, mode: 'add' | 'set'): CartItem[] {
  const id = productId.toLowerCase();
  const current = items.find((item) => item.productId === id)?.quantity ?? 0;
  const next = Math.min(mode === 'add' ? current + quantity : quantity, MAX_QUANTITY);
  const others = items.filter((item) => item.productId !== id);
  if (next < 1) return others;
  if (current === 0 && others.length >= MAX_CART_ITEMS) return items;
  return current === 0
    ? [...items, { productId: id, quantity: next }]
    : items.map((item) => (item.productId === id ? { productId: id, quantity: next } : item));
}
