/**
 * Step 1, "Gegevens": e-mail, name, the address and an optional phone number. For a Dutch
 * address the shopper types postcode and house number (and an addition if any) and the street
 * and city appear as text from the lookup, with a link to change them: six inputs in all.
 * Another country, a failed or slow lookup, or "Adres zelf invullen" shows street and city as
 * inputs; nothing waits on the lookup.
 */
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { localeTags } from '../../lib/i18n/locales.ts';
import { fill } from '../../lib/i18n/messages.ts';
import { addressMessages } from '../addresses/messages.ts';
import { CartIcon } from '../cart/CartIcon.tsx';
import type { ShippingCountry } from '../shipping/delivery-promise.ts';
import { fieldId, type CheckoutController } from './checkout-controller.ts';
import type { TextField } from './checkout-draft.ts';
import { Field } from './Field.tsx';
import { checkoutMessages } from './messages.ts';
import { StepForm } from './StepForm.tsx';

type Props = { checkout: CheckoutController; countries: readonly ShippingCountry[] };

export function DetailsStep(props: Props) {
  const c = props.checkout;
  const t = checkoutMessages[c.locale];
  const a = addressMessages[c.locale].lookup;
  const countryNames = new Intl.DisplayNames([localeTags[c.locale]], { type: 'region' });
  const [choosingCountry, setChoosingCountry] = createSignal(false);
  const field = (name: TextField) => ({
    id: fieldId(name),
    value: c.draft()[name],
    error: c.errors()[name],
    onInput: (value: string) => c.setField(name, value),
    onBlur: (value: string) => c.blurField(name, value),
  });
  const draft = () => c.draft();

  return (
    <StepForm heading={t.details.heading} onSubmit={() => void c.submitDetails()}>
      <fieldset class="co-group">
        <legend class="co-group__legend">{t.details.contact}</legend>
        <Field
          {...field('email')}
          label={t.details.email}
          hint={t.details.emailHint}
          type="email"
          autocomplete="email"
          inputmode="email"
          autocapitalize="off"
          spellcheck={false}
        />
        <Field {...field('name')} label={t.details.name} autocomplete="name" autocapitalize="words" maxLength={100} />
      </fieldset>

      <fieldset class="co-group">
        <legend class="co-group__legend">{t.details.address}</legend>
        <div class="co-country">
          <Show
            when={choosingCountry() || props.countries.length < 2}
            fallback={
              <p class="co-country__current">
                <span>
                  {t.details.country}: <strong>{countryNames.of(draft().country) ?? draft().country}</strong>
                </span>
                <button type="button" class="co-link" onClick={() => setChoosingCountry(true)}>
                  {t.details.countryChange}
                </button>
              </p>
            }
          >
            <div class="field">
              <label class="field__label" for={fieldId('country')}>
                {t.details.country}
              </label>
              <select
                class="field__input field__select"
                id={fieldId('country')}
                autocomplete="country"
                ref={(select) => requestAnimationFrame(() => choosingCountry() && select.focus())}
                onChange={(event) => c.setCountry(event.currentTarget.value as ShippingCountry)}
              >
                <For each={props.countries}>
                  {(country) => (
                    <option value={country} selected={country === draft().country}>
                      {countryNames.of(country) ?? country}
                    </option>
                  )}
                </For>
              </select>
            </div>
          </Show>
        </div>

        <Show
          when={c.lookupCountry()}
          fallback={
            // Elsewhere addresses are written street and number first, then postcode and city.
            <div class="co-intl">
              <Field {...field('street')} label={t.details.street} autocomplete="address-line1" maxLength={100} />
              <div class="co-address co-address--pair">
                <Field {...field('houseNumber')} label={t.details.houseNumber} inputmode="numeric" maxLength={12} />
                <Field
                  {...field('addition')}
                  label={t.details.addition}
                  optional={t.details.optional}
                  autocomplete="address-line2"
                  spellcheck={false}
                  maxLength={10}
                />
              </div>
              <div class="co-street">
                <Field
                  {...field('postcode')}
                  class="co-street__postcode"
                  label={t.details.postcode}
                  autocomplete="postal-code"
                  autocapitalize="characters"
                  spellcheck={false}
                  maxLength={10}
                />
                <Field {...field('city')} label={t.details.city} autocomplete="address-level2" maxLength={80} />
              </div>
            </div>
          }
        >
          <>
            <div class="co-address">
              <Field
                {...field('postcode')}
                class="co-address__postcode"
                label={t.details.postcode}
                autocomplete="postal-code"
                autocapitalize="characters"
                spellcheck={false}
                maxLength={10}
              />
              {/* No autocomplete token names a house number (address-line1 would fill "Weteringschans 12" in); browsers recognise the label. */}
              <Field
                {...field('houseNumber')}
                class="co-address__number"
                label={t.details.houseNumber}
                inputmode="numeric"
                maxLength={12}
              />
              <Field
                {...field('addition')}
                class="co-address__addition"
                label={t.details.addition}
                optional={t.details.optional}
                autocomplete="address-line2"
                autocapitalize="characters"
                spellcheck={false}
                maxLength={10}
              />
            </div>

            <div class="co-lookup" aria-live="polite">
              <Switch>
                <Match when={c.manualAddress()}>
                  <Show when={c.lookup().status === 'not_found' || c.lookup().status === 'unavailable'}>
                    <p class="co-lookup__note">
                      <CartIcon name="info" size={18} />
                      <span>{c.lookup().status === 'not_found' ? a.notFound : a.unavailable}</span>
                    </p>
                  </Show>
                </Match>
                <Match when={c.lookup().status === 'searching'}>
                  <p class="co-lookup__status">
                    <span class="co-spinner" aria-hidden="true" />
                    {a.searching}
                  </p>
                </Match>
                <Match when={c.lookup().status === 'found'}>
                  <div class="co-found">
                    <p class="co-found__label">{t.details.addressFound}</p>
                    <p class="co-found__address">
                      {draft().street} {draft().houseNumber.trim()}
                      {draft().addition.trim() ? ` ${draft().addition.trim()}` : ''}
                      <br />
                      {draft().postcode.trim().toUpperCase()} {draft().city}
                    </p>
                    <button type="button" class="co-link" onClick={() => c.setAddressMode('manual')}>
                      {t.details.editAddress}
                    </button>
                  </div>
                </Match>
                <Match
                  when={c.lookup().status === 'chooseAddition' ? (c.lookup() as { additions: readonly string[] }).additions : undefined}
                >
                  {(additions) => (
                    <div class="co-additions">
                      <p class="co-lookup__note">{fill(a.chooseAddition, { additions: additions().join(', ') })}</p>
                      <div class="co-additions__list">
                        <For each={additions()}>
                          {(addition) => (
                            <button type="button" class="co-chip" onClick={() => c.chooseAddition(addition)}>
                              {draft().houseNumber.trim()}
                              {/^\p{L}$/u.test(addition) ? addition : `-${addition}`}
                            </button>
                          )}
                        </For>
                      </div>
                    </div>
                  )}
                </Match>
              </Switch>
            </div>

            <Show
              when={c.manualAddress()}
              fallback={
                <Show when={c.lookup().status !== 'found'}>
                  <button type="button" class="co-link co-manual" onClick={() => c.setAddressMode('manual')}>
                    {t.details.enterManually}
                  </button>
                </Show>
              }
            >
              <div class="co-street">
                <Field
                  {...field('street')}
                  class="co-street__street"
                  label={t.details.street}
                  autocomplete="address-line1"
                  maxLength={100}
                />
                <Field {...field('city')} class="co-street__city" label={t.details.city} autocomplete="address-level2" maxLength={80} />
              </div>
            </Show>
          </>
        </Show>
      </fieldset>

      <Field
        {...field('phone')}
        label={t.details.phone}
        optional={t.details.optional}
        hint={t.details.phoneHint}
        type="tel"
        autocomplete="tel"
        inputmode="tel"
        maxLength={25}
      />

      <button type="submit" class="btn co-next">
        {t.details.next}
        <CartIcon name="chevron" size={20} />
      </button>
    </StepForm>
  );
}
