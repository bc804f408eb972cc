/**
 * The form of one checkout step: named by its heading (which takes focus when the step
 * opens), no browser validation bubbles (the step's own messages say what to fix), and a
 * submit that stays on the page and hands over to the controller.
 */
import type { JSX } from 'solid-js';

type Props = { heading: string; onSubmit: () => void; children: JSX.Element };

export function StepForm(props: Props) {
  return (
    <form
      class="co-form"
      novalidate
      aria-labelledby="co-step-title"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <h2 class="co-step__title" id="co-step-title" tabindex="-1">
        {props.heading}
      </h2>
      {props.children}
    </form>
  );
}
