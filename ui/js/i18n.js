// The client's language: the catalog's messages (the Fluent files the Rust side speaks from,
// those the screens show, sent by it at start, parsed) and the locale's date conventions, for
// every screen.

// @fluent/bundle's published single-file build (its ES-module build is eight files). Run as a
// module, it finds no CommonJS or AMD loader and sets `globalThis.FluentBundle`.
import '../vendor/fluent-bundle.js';

const { FluentBundle, FluentNumber } = globalThis.FluentBundle;

/**
 * A count, written as the notifications write it: its digits grouped as ICU4X groups them for
 * the locale (`in 1,461 days`, `en 1461 días`, `12.000`). Plural variants still select on it as a
 * number. (@fluent/bundle writes numbers with Intl.NumberFormat, whose locale data took 5-8 ms of
 * the first screen and whose CLDR is the WebView's, not the notifications'; a fraction, such as
 * the UV index, still goes that way.)
 */
class Count extends FluentNumber {
  toString() {
    const { separator, last, others, from } = current.conventions.count;
    const digits = String(this.value);
    if (digits.length < from) return digits;
    const groups = [digits.slice(-last)];
    for (let end = digits.length - last; end > 0; end -= others) {
      groups.unshift(digits.slice(Math.max(0, end - others), end));
    }
    return groups.join(separator);
  }
}

/** @type {FluentBundle} */
let bundle = new FluentBundle('en');
/** @type {import('./api.js').Locale | null} */
let current = null;

/**
 * Speaks `locale` from now on: its messages, its date conventions, its tag on
 * the page (for hyphenation, casing such as Turkish İ, and screen readers), and the static texts
 * of index.html (those with `data-l10n-id`).
 * @param {import('./api.js').Locale} locale
 */
export function useLocale(locale) {
  // No isolation marks around variables, as on the Rust side: no shipped language is written
  // right to left, and a screen then reads exactly as a notification does.
  const next = new FluentBundle(locale.tag, { useIsolating: false });
  // Parsed by the Rust side in the form a FluentResource holds, which is all `addResource` reads.
  next.addResource({ body: locale.catalog });
  bundle = next;
  current = locale;
  document.documentElement.lang = locale.tag;
  for (const element of document.querySelectorAll('[data-l10n-id]')) {
    element.textContent = t(element.dataset.l10nId);
  }
}

/**
 * The message `id` in the client's language: `t('today-title')`, `t('days-ahead', { days: 3 })`.
 * @param {string} id
 * @param {Record<string, string | number>} [args]
 * @returns {string}
 */
export function t(id, args) {
  const message = bundle.getMessage(id);
  if (!message?.value) {
    window.__aftercareErrors?.push(`no message ${id}`);
    return id;
  }
  const counted = args && Object.fromEntries(Object.entries(args).map(([name, value]) => [name, Number.isSafeInteger(value) && value >= 0 ? new Count(value) : value]));
  return bundle.formatPattern(message.value, counted);
}

/** How this locale writes dates and times (see format.js). */
export const conventions = () => current?.conventions;
