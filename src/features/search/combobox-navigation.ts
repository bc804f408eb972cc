/**
 * Which option the arrow keys make active in the search combobox (ARIA 1.2 combobox with a
 * listbox popup). -1 is "none": the text field itself. Down from the last option goes back to
 * the field, as does Up from the first, so the shopper can always return to what they typed;
 * one more press wraps around.
 */
export function moveActive(current: number, count: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  const positions = count + 1;
  const from = Math.min(Math.max(current, -1), count - 1) + 1;
  return ((((from + step) % positions) + positions) % positions) - 1;
}

/** Home and End in a listbox popup (only when an option is active: otherwise they move the caret). */
export function edgeActive(count: number, edge: 'first' | 'last'): number {
  if (count <= 0) return -1;
  return edge === 'first' ? 0 : count - 1;
}
