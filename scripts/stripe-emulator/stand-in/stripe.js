/*
 * Stand-in Stripe.js, served by the Kassa Stripe emulator at /v3. Loaded with a <script> tag
 * before `loadStripe()` from @stripe/stripe-js/pure runs, it sets window.Stripe, which
 * loadStripe then uses instead of fetching js.stripe.com. It implements the slice of Stripe.js
 * that a Payment Element checkout uses and talks to the emulator that served it, with the
 * publishable key and the PaymentIntent's client secret, as the real one talks to Stripe.
 *
 * Plain browser JavaScript (no build step): the emulator serves this file as is.
 */
(function () {
  'use strict';

  const script = document.currentScript;
  const API = script && script.src ? new URL(script.src).origin : window.location.origin;

  const messages = {
    en: {
      badge: 'Test payments – Stripe emulator',
      method: 'Payment method',
      card: 'Card',
      ideal: 'iDEAL',
      bancontact: 'Bancontact',
      cardNumber: 'Card number',
      expiry: 'Expiration date',
      expiryPlaceholder: 'MM / YY',
      cvc: 'Security code',
      bank: 'Bank',
      chooseBank: 'Choose your bank',
      fullName: 'Full name',
      redirectNote: 'You will be sent to a test page of your bank to authorise the payment.',
      wallets: 'Apple Pay and Google Pay are not available in the emulator.',
      testCards:
        'Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · 4000 0000 0000 9995 has insufficient funds · 4000 0025 0000 3155 asks for 3D Secure. Any future date, any CVC.',
      challengeTitle: '3D Secure test',
      challengeText: 'Authenticate this test payment of {amount}?',
      complete: 'Complete authentication',
      fail: 'Fail authentication',
      incomplete_number: 'Your card number is incomplete.',
      invalid_number: 'Your card number is invalid.',
      incomplete_expiry: "Your card's expiration date is incomplete.",
      invalid_expiry_month: "Your card's expiration month is invalid.",
      invalid_expiry_year_past: "Your card's expiration year is in the past.",
      incomplete_cvc: "Your card's security code is incomplete.",
      incomplete_bank: 'Choose your bank.',
      incomplete_name: 'Enter your full name.',
      card_declined: 'Your card was declined.',
      insufficient_funds: 'Your card has insufficient funds.',
      expired_card: 'Your card has expired.',
      incorrect_cvc: "Your card's security code is incorrect.",
      processing_error: 'An error occurred while processing your card. Try again in a little bit.',
      payment_intent_authentication_failure:
        'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
      payment_intent_payment_attempt_failed: 'The payment failed. Please choose a different payment method and try again.',
      network: 'Could not reach the payment service. Check your connection and try again.',
    },
    nl: {
      badge: 'Testbetalingen – Stripe-emulator',
      method: 'Betaalmethode',
      card: 'Kaart',
      ideal: 'iDEAL',
      bancontact: 'Bancontact',
      cardNumber: 'Kaartnummer',
      expiry: 'Vervaldatum',
      expiryPlaceholder: 'MM / JJ',
      cvc: 'Beveiligingscode',
      bank: 'Bank',
      chooseBank: 'Kies je bank',
      fullName: 'Volledige naam',
      redirectNote: 'Je gaat naar een testpagina van je bank om de betaling goed te keuren.',
      wallets: 'Apple Pay en Google Pay zijn niet beschikbaar in de emulator.',
      testCards:
        'Testkaarten: 4242 4242 4242 4242 lukt · 4000 0000 0000 0002 wordt geweigerd · 4000 0000 0000 9995 heeft onvoldoende saldo · 4000 0025 0000 3155 vraagt om 3D Secure. Elke toekomstige datum, elke CVC.',
      challengeTitle: '3D Secure-test',
      challengeText: 'Deze testbetaling van {amount} verifiëren?',
      complete: 'Verificatie voltooien',
      fail: 'Verificatie laten mislukken',
      incomplete_number: 'Je kaartnummer is onvolledig.',
      invalid_number: 'Je kaartnummer is ongeldig.',
      incomplete_expiry: 'De vervaldatum van je kaart is onvolledig.',
      invalid_expiry_month: 'De vervalmaand van je kaart is ongeldig.',
      invalid_expiry_year_past: 'Het vervaljaar van je kaart ligt in het verleden.',
      incomplete_cvc: 'De beveiligingscode van je kaart is onvolledig.',
      incomplete_bank: 'Kies je bank.',
      incomplete_name: 'Vul je volledige naam in.',
      card_declined: 'Je kaart is geweigerd.',
      insufficient_funds: 'Je kaart heeft onvoldoende saldo.',
      expired_card: 'Je kaart is verlopen.',
      incorrect_cvc: 'De beveiligingscode van je kaart is onjuist.',
      processing_error: 'Er is een fout opgetreden bij het verwerken van je kaart. Probeer het over een tijdje opnieuw.',
      payment_intent_authentication_failure:
        'We kunnen je betaalmethode niet verifiëren. Kies een andere betaalmethode en probeer het opnieuw.',
      payment_intent_payment_attempt_failed: 'De betaling is mislukt. Kies een andere betaalmethode en probeer het opnieuw.',
      network: 'De betaaldienst is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    },
  };

  const idealBanks = [
    ['abn_amro', 'ABN AMRO'],
    ['asn_bank', 'ASN Bank'],
    ['bunq', 'bunq'],
    ['ing', 'ING'],
    ['knab', 'Knab'],
    ['n26', 'N26'],
    ['rabobank', 'Rabobank'],
    ['regiobank', 'RegioBank'],
    ['revolut', 'Revolut'],
    ['sns_bank', 'SNS'],
    ['triodos_bank', 'Triodos Bank'],
    ['van_lanschot', 'Van Lanschot'],
    ['yoursafe', 'Yoursafe'],
  ];

  function pickLocale(requested) {
    const wanted = !requested || requested === 'auto' ? navigator.language || 'en' : requested;
    return String(wanted).toLowerCase().startsWith('nl') ? 'nl' : 'en';
  }

  function IntegrationError(message) {
    const error = new Error(message);
    error.name = 'IntegrationError';
    return error;
  }

  /** Stripe's bracketed form encoding: metadata[k]=v, list[0]=x. */
  function encodeForm(data) {
    const pairs = [];
    const add = (key, value) => {
      if (value === undefined) return;
      if (value === null || typeof value !== 'object') {
        pairs.push(encodeURIComponent(key) + '=' + encodeURIComponent(value === null ? '' : String(value)));
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => add(key + '[' + i + ']', item));
      } else {
        Object.keys(value).forEach((k) => add(key + '[' + k + ']', value[k]));
      }
    };
    Object.keys(data).forEach((key) => add(key, data[key]));
    return pairs.join('&');
  }

  function intentIdOf(clientSecret) {
    const match = /^(pi_[A-Za-z0-9]+)_secret_/.exec(String(clientSecret || ''));
    if (!match) throw IntegrationError('Invalid value for clientSecret: expected a PaymentIntent client secret like pi_..._secret_...');
    return match[1];
  }

  function formatAmount(amount, currency, locale) {
    try {
      return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-US', { style: 'currency', currency: currency.toUpperCase() }).format(
        amount / 100,
      );
    } catch {
      return amount + ' ' + currency;
    }
  }

  let styled = false;
  function injectStyles() {
    if (styled) return;
    styled = true;
    const style = document.createElement('style');
    style.textContent = [
      '.kse{--kse-primary:#0570de;--kse-bg:#fff;--kse-text:#1a1a1a;--kse-danger:#df1b41;--kse-radius:6px;--kse-font:system-ui,sans-serif;',
      'font-family:var(--kse-font);color:var(--kse-text);background:var(--kse-bg);font-size:16px;line-height:1.4}',
      '.kse *{box-sizing:border-box}',
      '.kse-badge{display:inline-block;margin:0 0 .75rem;padding:.125rem .5rem;border-radius:4px;background:#fff3cd;color:#664d03;font-size:.875rem;font-weight:600}',
      '.kse fieldset{border:0;margin:0 0 .75rem;padding:0;display:grid;gap:.5rem}',
      '.kse legend{font-weight:600;margin-bottom:.5rem;padding:0}',
      '.kse-method{display:flex;align-items:center;gap:.5rem;min-height:44px;padding:0 .75rem;border:1px solid #c9ced6;border-radius:var(--kse-radius);cursor:pointer}',
      '.kse-method:has(input:checked){border-color:var(--kse-primary);box-shadow:0 0 0 1px var(--kse-primary)}',
      '.kse-method input{width:20px;height:20px;margin:0;accent-color:var(--kse-primary)}',
      '.kse-field{display:grid;gap:.25rem;margin-bottom:.75rem}',
      '.kse-field label{font-size:.875rem;font-weight:600}',
      '.kse-field input,.kse-field select{min-height:44px;width:100%;padding:0 .75rem;font:inherit;font-size:16px;color:inherit;background:var(--kse-bg);border:1px solid #c9ced6;border-radius:var(--kse-radius)}',
      '.kse-field input:focus-visible,.kse-field select:focus-visible,.kse-method:focus-within{outline:2px solid var(--kse-primary);outline-offset:1px}',
      '.kse-field [aria-invalid=true]{border-color:var(--kse-danger)}',
      '.kse-row{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}',
      '.kse-field-error{color:var(--kse-danger);font-size:.875rem;min-height:0}',
      '.kse-hint,.kse-note{font-size:.8125rem;color:#5c6370;margin:0 0 .75rem}',
      '.kse-overlay{position:fixed;inset:0;background:#0008;display:flex;align-items:center;justify-content:center;padding:1rem;z-index:2147483647}',
      '.kse-dialog{background:#fff;color:#1a1a1a;border-radius:12px;max-width:24rem;width:100%;padding:1.5rem;font:16px/1.5 system-ui,sans-serif}',
      '.kse-dialog h2{margin:.5rem 0;font-size:1.25rem}',
      '.kse-dialog button{display:block;width:100%;min-height:48px;margin-top:.75rem;font:inherit;font-weight:600;border-radius:8px;border:1px solid #888;background:#fff;cursor:pointer}',
      '.kse-dialog button.kse-primary{background:#1a7f37;border-color:#1a7f37;color:#fff}',
    ].join('\n');
    document.head.appendChild(style);
  }

  function applyAppearance(root, appearance) {
    const vars = (appearance && appearance.variables) || {};
    const map = {
      colorPrimary: '--kse-primary',
      colorBackground: '--kse-bg',
      colorText: '--kse-text',
      colorDanger: '--kse-danger',
      borderRadius: '--kse-radius',
      fontFamily: '--kse-font',
    };
    Object.keys(map).forEach((name) => {
      if (vars[name]) root.style.setProperty(map[name], vars[name]);
    });
  }

  let uid = 0;

  /** The Payment Element: method choice plus the fields of the chosen method. */
  function createPaymentElement(group, options) {
    const listeners = {};
    const state = { options: options || {}, root: null, container: null, type: 'card', fields: {}, touched: {} };
    const id = 'kse' + ++uid;
    const t = (key) => messages[group.locale][key] || messages.en[key] || key;

    function emit(name, event) {
      (listeners[name] || []).slice().forEach((cb) => cb(Object.assign({ elementType: 'payment' }, event)));
    }

    function value(name) {
      const field = state.fields[name];
      return field ? field.value.trim() : '';
    }

    /** Stripe.js validation codes; null when the method's fields are complete. */
    function validate() {
      if (state.type === 'card') {
        const number = value('number').replace(/\D/g, '');
        if (number.length < 13) return { code: 'incomplete_number', param: 'number' };
        if (!luhn(number)) return { code: 'invalid_number', param: 'number' };
        const expiry = /^(\d{1,2})\s*\/\s*(\d{2})$/.exec(value('expiry'));
        if (!expiry) return { code: 'incomplete_expiry', param: 'expiry' };
        const month = Number(expiry[1]);
        const year = 2000 + Number(expiry[2]);
        if (month < 1 || month > 12) return { code: 'invalid_expiry_month', param: 'expiry' };
        const now = new Date();
        if (year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1)) {
          return { code: 'invalid_expiry_year_past', param: 'expiry' };
        }
        const cvcLength = /^3[47]/.test(number) ? 4 : 3;
        if (value('cvc').replace(/\D/g, '').length < cvcLength) return { code: 'incomplete_cvc', param: 'cvc' };
        return null;
      }
      if (state.type === 'ideal') return value('bank') ? null : { code: 'incomplete_bank', param: 'bank' };
      return value('name') ? null : { code: 'incomplete_name', param: 'name' };
    }

    function luhn(number) {
      let sum = 0;
      for (let i = 0; i < number.length; i++) {
        let digit = Number(number[number.length - 1 - i]);
        if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
      }
      return sum % 10 === 0;
    }

    function isEmpty() {
      return Object.keys(state.fields).every((name) => !state.fields[name].value);
    }

    /** Marks the field named by the validation result, or clears the marks. */
    function showError(result, all) {
      Object.keys(state.fields).forEach((name) => {
        const field = state.fields[name];
        const message = document.getElementById(field.id + '-error');
        const show = result && result.param === name && (all || state.touched[name]);
        field.setAttribute('aria-invalid', show ? 'true' : 'false');
        if (message) message.textContent = show ? t(result.code) : '';
      });
    }

    function validationError(result) {
      return { type: 'validation_error', code: result.code, message: t(result.code), param: result.param };
    }

    function changed() {
      const result = validate();
      showError(result, false);
      emit('change', { complete: !result, empty: isEmpty(), collapsed: false, value: { type: state.type } });
    }

    function field(name, label, control) {
      const fieldId = id + '-' + name;
      control.id = fieldId;
      control.setAttribute('aria-describedby', fieldId + '-error');
      control.addEventListener('input', changed);
      control.addEventListener('change', changed);
      control.addEventListener('focus', () => emit('focus', {}));
      control.addEventListener('blur', () => {
        state.touched[name] = true;
        changed();
        emit('blur', {});
      });
      state.fields[name] = control;
      const wrap = document.createElement('div');
      wrap.className = 'kse-field';
      const labelEl = document.createElement('label');
      labelEl.htmlFor = fieldId;
      labelEl.textContent = label;
      const error = document.createElement('div');
      error.id = fieldId + '-error';
      error.className = 'kse-field-error';
      error.setAttribute('aria-live', 'polite');
      wrap.append(labelEl, control, error);
      return wrap;
    }

    function input(attrs) {
      const el = document.createElement('input');
      Object.keys(attrs).forEach((key) => el.setAttribute(key, attrs[key]));
      return el;
    }

    function renderFields(panel) {
      panel.textContent = '';
      state.fields = {};
      state.touched = {};
      if (state.type === 'card') {
        const number = input({
          type: 'text',
          inputmode: 'numeric',
          autocomplete: 'cc-number',
          placeholder: '1234 1234 1234 1234',
          maxlength: '23',
        });
        number.addEventListener('input', () => {
          const digits = number.value.replace(/\D/g, '').slice(0, 19);
          number.value = digits.replace(/(\d{4})(?=\d)/g, '$1 ');
        });
        const expiry = input({
          type: 'text',
          inputmode: 'numeric',
          autocomplete: 'cc-exp',
          placeholder: t('expiryPlaceholder'),
          maxlength: '7',
        });
        expiry.addEventListener('input', () => {
          const digits = expiry.value.replace(/\D/g, '').slice(0, 4);
          expiry.value = digits.length > 2 ? digits.slice(0, 2) + ' / ' + digits.slice(2) : digits;
        });
        const cvc = input({ type: 'text', inputmode: 'numeric', autocomplete: 'cc-csc', placeholder: 'CVC', maxlength: '4' });
        const row = document.createElement('div');
        row.className = 'kse-row';
        row.append(field('expiry', t('expiry'), expiry), field('cvc', t('cvc'), cvc));
        const hint = document.createElement('p');
        hint.className = 'kse-hint';
        hint.textContent = t('testCards');
        panel.append(field('number', t('cardNumber'), number), row, hint);
      } else if (state.type === 'ideal') {
        const select = document.createElement('select');
        select.setAttribute('autocomplete', 'off');
        select.append(new Option(t('chooseBank'), ''));
        idealBanks.forEach(([value, label]) => select.append(new Option(label, value)));
        const note = document.createElement('p');
        note.className = 'kse-note';
        note.textContent = t('redirectNote');
        panel.append(field('bank', t('bank'), select), note);
      } else {
        const name = input({ type: 'text', autocomplete: 'name' });
        const defaults = state.options.defaultValues && state.options.defaultValues.billingDetails;
        if (defaults && defaults.name) name.value = defaults.name;
        const note = document.createElement('p');
        note.className = 'kse-note';
        note.textContent = t('redirectNote');
        panel.append(field('name', t('fullName'), name), note);
      }
    }

    function render(types) {
      injectStyles();
      const root = document.createElement('div');
      root.className = 'kse';
      root.lang = group.locale;
      applyAppearance(root, group.appearance);
      const badge = document.createElement('p');
      badge.className = 'kse-badge';
      badge.textContent = t('badge');
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = t('method');
      fieldset.append(legend);
      const panel = document.createElement('div');
      state.type = types.indexOf(state.type) >= 0 ? state.type : types[0];
      types.forEach((type) => {
        const label = document.createElement('label');
        label.className = 'kse-method';
        const radio = input({ type: 'radio', name: id + '-method', value: type });
        radio.checked = type === state.type;
        radio.addEventListener('change', () => {
          state.type = type;
          renderFields(panel);
          changed();
        });
        label.append(radio, document.createTextNode(t(type)));
        fieldset.append(label);
      });
      const wallets = document.createElement('p');
      wallets.className = 'kse-note';
      wallets.textContent = t('wallets');
      root.append(badge, fieldset, panel, wallets);
      renderFields(panel);
      return root;
    }

    async function methodTypes() {
      const configured = group.options.paymentMethodTypes;
      if (Array.isArray(configured) && configured.length) return configured;
      if (group.clientSecret) {
        const result = await group.stripe.retrievePaymentIntent(group.clientSecret);
        if (result.paymentIntent) return result.paymentIntent.payment_method_types;
        throw result.error;
      }
      const currency = String(group.options.currency || 'eur').toLowerCase();
      return currency === 'eur' ? ['card', 'ideal', 'bancontact'] : ['card'];
    }

    const element = {
      mount(target) {
        const container = typeof target === 'string' ? document.querySelector(target) : target;
        if (!container)
          throw IntegrationError('The selector you specified (' + target + ') applies to no DOM elements that are currently on the page.');
        state.container = container;
        emit('loaderstart', {});
        methodTypes().then(
          (types) => {
            if (state.container !== container) return;
            const supported = types.filter((type) => type === 'card' || type === 'ideal' || type === 'bancontact');
            state.root = render(supported.length ? supported : ['card']);
            container.textContent = '';
            container.append(state.root);
            emit('ready', {});
            changed();
          },
          (error) => emit('loaderror', { error: error || { type: 'api_error', message: t('network') } }),
        );
      },
      unmount() {
        if (state.root) state.root.remove();
        state.root = null;
        state.container = null;
      },
      destroy() {
        element.unmount();
        group._payment = null;
      },
      on(name, cb) {
        (listeners[name] = listeners[name] || []).push(cb);
        return element;
      },
      once(name, cb) {
        const wrapper = (event) => {
          element.off(name, wrapper);
          cb(event);
        };
        return element.on(name, wrapper);
      },
      off(name, cb) {
        listeners[name] = (listeners[name] || []).filter((x) => cb && x !== cb);
        return element;
      },
      update(options) {
        Object.assign(state.options, options || {});
        return element;
      },
      focus() {
        const first = state.root && state.root.querySelector('input:not([type=radio]), select');
        if (first) first.focus();
      },
      blur() {
        if (state.root && state.root.contains(document.activeElement)) document.activeElement.blur();
      },
      clear() {
        Object.keys(state.fields).forEach((name) => (state.fields[name].value = ''));
        changed();
      },
      collapse() {
        return element;
      },
      // Internal, for elements.submit() and confirmPayment().
      _mounted: () => !!state.root,
      _validate() {
        const result = validate();
        showError(result, true);
        if (result && state.fields[result.param]) state.fields[result.param].focus();
        return result ? validationError(result) : null;
      },
      _paymentMethodData(extra) {
        const billing = Object.assign({}, (extra && extra.billing_details) || {});
        const data = { type: state.type };
        if (state.type === 'card') {
          const expiry = /^(\d{1,2})\s*\/\s*(\d{2})$/.exec(value('expiry'));
          data.card = {
            number: value('number').replace(/\D/g, ''),
            exp_month: Number(expiry[1]),
            exp_year: 2000 + Number(expiry[2]),
            cvc: value('cvc'),
          };
        } else if (state.type === 'ideal') {
          data.ideal = { bank: value('bank') };
        } else {
          billing.name = value('name');
        }
        if (Object.keys(billing).length) data.billing_details = billing;
        return data;
      },
    };
    return element;
  }

  function Stripe(publishableKey, stripeOptions) {
    if (typeof publishableKey !== 'string' || !/^pk_(test|live)_/.test(publishableKey)) {
      throw IntegrationError('Invalid value for Stripe(): apiKey should be a publishable key starting with pk_test_.');
    }
    if (publishableKey.startsWith('pk_live_')) {
      throw IntegrationError('The Stripe emulator only accepts test keys (pk_test_...). A live key means real Stripe.js should be loaded.');
    }
    const defaultLocale = (stripeOptions && stripeOptions.locale) || 'auto';

    async function call(method, path, params) {
      const body = encodeForm(Object.assign({ key: publishableKey }, params));
      let response;
      try {
        response =
          method === 'GET'
            ? await fetch(API + path + '?' + body)
            : await fetch(API + path, { method, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
      } catch {
        return { error: { type: 'api_connection_error', message: messages[pickLocale(defaultLocale)].network } };
      }
      const json = await response.json();
      return response.ok ? { data: json } : { error: json.error };
    }

    /** Stripe.js shows messages in the shopper's language; the API answers in English. */
    function localized(error, locale) {
      if (!error) return error;
      const table = messages[pickLocale(locale)];
      const key = [error.decline_code, error.code].find((k) => k && table[k]);
      return Object.assign({}, error, key ? { message: table[key] } : {});
    }

    function withReturnParams(returnUrl, intent) {
      const url = new URL(returnUrl, window.location.href);
      url.searchParams.set('payment_intent', intent.id);
      url.searchParams.set('payment_intent_client_secret', intent.client_secret);
      url.searchParams.set(
        'redirect_status',
        intent.status === 'succeeded' ? 'succeeded' : intent.status === 'processing' ? 'processing' : 'failed',
      );
      return url.toString();
    }

    /** A navigation away: the promise never settles, as with Stripe.js. */
    function navigate(url) {
      window.location.assign(url);
      return new Promise(() => {});
    }

    /** The issuer's challenge, as a modal on the shop's page (Stripe.js uses an iframe modal). */
    function challenge(intent, locale) {
      const t = messages[pickLocale(locale)];
      injectStyles();
      return new Promise((resolve) => {
        const previous = document.activeElement;
        const overlay = document.createElement('div');
        overlay.className = 'kse-overlay';
        const dialog = document.createElement('div');
        dialog.className = 'kse-dialog';
        dialog.setAttribute('role', 'dialog');
        dialog.setAttribute('aria-modal', 'true');
        dialog.setAttribute('aria-labelledby', 'kse-challenge-title');
        const badge = document.createElement('p');
        badge.className = 'kse-badge';
        badge.textContent = t.badge;
        const title = document.createElement('h2');
        title.id = 'kse-challenge-title';
        title.textContent = t.challengeTitle;
        const text = document.createElement('p');
        text.textContent = t.challengeText.replace('{amount}', formatAmount(intent.amount, intent.currency, pickLocale(locale)));
        const done = (result) => {
          overlay.remove();
          document.removeEventListener('keydown', onKey, true);
          if (previous && previous.focus) previous.focus();
          resolve(result);
        };
        const onKey = (event) => {
          if (event.key === 'Escape') done('fail');
        };
        const complete = document.createElement('button');
        complete.type = 'button';
        complete.className = 'kse-primary';
        complete.textContent = t.complete;
        complete.addEventListener('click', () => done('authorize'));
        const fail = document.createElement('button');
        fail.type = 'button';
        fail.textContent = t.fail;
        fail.addEventListener('click', () => done('fail'));
        dialog.append(badge, title, text, complete, fail);
        overlay.append(dialog);
        document.body.append(overlay);
        document.addEventListener('keydown', onKey, true);
        complete.focus();
      });
    }

    /** After confirm: run a pending action, then answer as Stripe.js does. */
    async function settle(intent, { returnUrl, redirect, locale }) {
      if (intent.status === 'requires_action' && intent.next_action) {
        // Bank redirects leave the page; card authentication (use_stripe_sdk) stays on it.
        if (intent.next_action.type === 'redirect_to_url') return navigate(intent.next_action.redirect_to_url.url);
        const result = await challenge(intent, locale);
        const answered = await call('POST', '/_emulator/payment_intents/' + intent.id + '/authenticate', {
          client_secret: intent.client_secret,
          result,
        });
        if (answered.error) return { error: localized(answered.error, locale) };
        intent = answered.data;
      }
      if (intent.status === 'requires_payment_method' && intent.last_payment_error) {
        return { error: localized(Object.assign({}, intent.last_payment_error, { payment_intent: intent }), locale) };
      }
      if (redirect !== 'if_required' && returnUrl && (intent.status === 'succeeded' || intent.status === 'processing')) {
        return navigate(withReturnParams(returnUrl, intent));
      }
      return { paymentIntent: intent };
    }

    const stripe = {
      elements(options) {
        const group = {
          stripe,
          options: Object.assign({}, options || {}),
          clientSecret: options && options.clientSecret,
          appearance: options && options.appearance,
          locale: pickLocale((options && options.locale) || defaultLocale),
          _payment: null,
        };
        return {
          create(type, elementOptions) {
            if (type !== 'payment') {
              throw IntegrationError('The Stripe emulator stand-in supports only the "payment" element, not "' + type + '".');
            }
            if (group._payment) throw IntegrationError('Can only create one Element of type payment.');
            group._payment = createPaymentElement(group, elementOptions);
            return group._payment;
          },
          getElement(type) {
            return type === 'payment' ? group._payment : null;
          },
          async submit() {
            const element = group._payment;
            if (!element || !element._mounted())
              return { error: { type: 'validation_error', message: 'The Payment Element is not mounted.' } };
            const error = element._validate();
            return error ? { error } : {};
          },
          update(options) {
            Object.assign(group.options, options || {});
            if (options && options.locale) group.locale = pickLocale(options.locale);
            if (options && options.appearance) group.appearance = options.appearance;
          },
          async fetchUpdates() {
            return {};
          },
          _group: group,
        };
      },

      async confirmPayment({ elements, clientSecret, confirmParams, redirect } = {}) {
        redirect = redirect || 'always';
        confirmParams = confirmParams || {};
        if (!elements || !elements._group) throw IntegrationError('confirmPayment(): the `elements` argument is required.');
        const group = elements._group;
        const secret = clientSecret || group.clientSecret;
        if (!secret) throw IntegrationError('confirmPayment(): a clientSecret is required, in elements() options or in confirmPayment().');
        if (redirect === 'always' && !confirmParams.return_url) {
          throw IntegrationError(
            "confirmPayment(): the `confirmParams.return_url` argument is required unless passing `redirect: 'if_required'`",
          );
        }
        const element = group._payment;
        if (!element || !element._mounted()) throw IntegrationError('confirmPayment(): the Payment Element is not mounted.');
        const invalid = element._validate();
        if (invalid) return { error: invalid };
        const paymentMethodData = element._paymentMethodData(confirmParams.payment_method_data);
        // use_stripe_sdk: like Stripe.js, ask for card authentication in-page rather than as a redirect.
        const params = Object.assign({}, confirmParams, {
          client_secret: secret,
          payment_method_data: paymentMethodData,
          use_stripe_sdk: true,
        });
        const result = await call('POST', '/v1/payment_intents/' + intentIdOf(secret) + '/confirm', params);
        if (result.error) return { error: localized(result.error, group.locale) };
        return settle(result.data, { returnUrl: confirmParams.return_url, redirect, locale: group.locale });
      },

      async retrievePaymentIntent(clientSecret) {
        const result = await call('GET', '/v1/payment_intents/' + intentIdOf(clientSecret), { client_secret: clientSecret });
        return result.error ? { error: localized(result.error, defaultLocale) } : { paymentIntent: result.data };
      },

      async handleNextAction({ clientSecret } = {}) {
        const found = await stripe.retrievePaymentIntent(clientSecret);
        if (found.error) return found;
        return settle(found.paymentIntent, { returnUrl: null, redirect: 'if_required', locale: defaultLocale });
      },

      // Called by @stripe/stripe-js; nothing to record here.
      _registerWrapper() {},
    };
    return stripe;
  }

  // The release train @stripe/stripe-js 10 expects; a mismatch only logs a warning.
  Stripe.version = 'endive';
  Stripe.emulator = { api: API };
  window.Stripe = Stripe;
})();
