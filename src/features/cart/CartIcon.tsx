/**
 * The few interface icons the cart and checkout islands draw, on the same 24 px grid and
 * stroke as src/components/icons/Icon.astro (an Astro component cannot render inside an
 * island). Always decorative: the control that holds one names itself in text.
 */
const paths = {
  minus: 'M6 12h12',
  plus: 'M12 6v12M6 12h12',
  close: 'M6 6l12 12M18 6 6 18',
  check: 'm5 12.5 4.5 4.5L19 7',
  trash: 'M4.5 7h15M9.5 7V4.5h5V7M6.5 7l1 13h9l1-13M10 10.5v6M14 10.5v6',
  truck:
    'M2.5 6.5h11v10h-11zM13.5 10h4l3 3.2v3.3h-7M8.3 17.5a1.8 1.8 0 1 1-3.6 0 1.8 1.8 0 0 1 3.6 0M18.8 17.5a1.8 1.8 0 1 1-3.6 0 1.8 1.8 0 0 1 3.6 0',
  lock: 'M4.5 10.5h15v10h-15zM8 10.5V7a4 4 0 0 1 8 0v3.5',
  info: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v5.5M12 7.5v.5',
  chevron: 'm9 6 6 6-6 6',
  tag: 'M3.5 12.2V4.5a1 1 0 0 1 1-1h7.7l8.3 8.3a1 1 0 0 1 0 1.4l-7.3 7.3a1 1 0 0 1-1.4 0zM8 8.5v.01',
} as const;

export type CartIconName = keyof typeof paths;

export function CartIcon(props: { name: CartIconName; size?: number }) {
  return (
    <svg
      width={props.size ?? 20}
      height={props.size ?? 20}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d={paths[props.name]} />
    </svg>
  );
}
