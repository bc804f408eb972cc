/**
 * How the picker island gets live stock: GET /api/stock/<slug> through the shared
 * QueryClient. The answer is checked by hand rather than with zod, which would cost the
 * island's JavaScript budget more than the whole picker.
 */
import type { StockBySku } from './variant-selection.ts';

export const stockQueryKey = (slug: string) => ['stock', slug] as const;

/** { slug, variants: [{ sku, available }] } -> { [sku]: available }; throws on any other shape. */
export function parseStockResponse(body: unknown): StockBySku {
  const variants = (body as { variants?: unknown } | null)?.variants;
  if (!Array.isArray(variants)) throw new TypeError('stock response without variants');
  const stock: Record<string, number> = {};
  for (const entry of variants as unknown[]) {
    const { sku, available } = (entry ?? {}) as { sku?: unknown; available?: unknown };
    if (typeof sku !== 'string' || typeof available !== 'number' || !Number.isFinite(available)) {
      throw new TypeError('stock response with a malformed variant');
    }
    stock[sku] = Math.max(0, Math.floor(available));
  }
  return stock;
}

export async function fetchStock(slug: string, signal?: AbortSignal): Promise<StockBySku> {
  const response = await fetch(`/api/stock/${encodeURIComponent(slug)}`, {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`stock request failed with ${response.status}`);
  return parseStockResponse(await response.json());
}
