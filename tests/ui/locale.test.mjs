// The UI's side of the client's language, on Node against what Rust writes
// (target/tmp/locale-fixture.json, from crates/aftercare-core/tests/catalog.rs): format.js
// writes every sample date and time exactly as ICU4X does, a count reads as fluent-rs writes it,
// and @fluent/bundle (the parser the
// WebView runs) reads every message of every catalog and formats it without an error.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

// What i18n.js's import of @fluent/bundle's single file does in the page, where it runs as a
// module and sets the global (on Node it is CommonJS, and sets nothing).
globalThis.FluentBundle = createRequire(import.meta.url)('../../ui/vendor/fluent-bundle.js');
const { FluentBundle, FluentResource } = globalThis.FluentBundle;

const fixture = JSON.parse(readFileSync(new URL('../../target/tmp/locale-fixture.json', import.meta.url)));

// i18n.js names the page's language and translates its static texts: a page of nothing here.
globalThis.document = { documentElement: {}, querySelectorAll: () => [] };
const { useLocale, t } = await import('../../ui/js/i18n.js');
const format = await import('../../ui/js/format.js');

test('the screens write every date and time as the notifications do', () => {
  for (const [tag, { conventions, written }] of Object.entries(fixture.locales)) {
    useLocale({ tag, catalog: fixture.catalogs.en, conventions, choices: [] });
    for (const sample of written) {
      const { value } = sample;
      assert.equal(format.day(value), sample.day, `${tag} day of ${value}`);
      assert.equal(format.longDay(value), sample.long_day, `${tag} long day of ${value}`);
      assert.equal(format.time(value), sample.time, `${tag} time of ${value}`);
      assert.equal(format.dayTime(value), sample.day_time, `${tag} day and time of ${value}`);
    }
  }
});

test('the screens write a count into a message as the notifications do', () => {
  for (const [language, written] of Object.entries(fixture.counted)) {
    useLocale({ tag: language, catalog: fixture.catalogs[language], conventions: null, choices: [] });
    for (const { days, text } of written) {
      assert.equal(t('days-ahead', { days }), text, `${language}: in ${days} days`);
    }
  }
});

test('the WebView reads every message of every catalog and formats it', () => {
  for (const [language, source] of Object.entries(fixture.catalogs)) {
    const bundle = new FluentBundle(language, { useIsolating: false });
    const resource = new FluentResource(source);
    const errors = bundle.addResource(resource);
    assert.deepEqual(errors, [], `${language}: no message is defined twice`);
    for (const [id, variables] of Object.entries(fixture.messages)) {
      const message = bundle.getMessage(id);
      // @fluent/bundle skips what it cannot parse: a message missing here did not parse.
      assert.ok(message?.value, `${language}: \`${id}\` parses`);
      for (const sample of [0, 1, 2, 5, 21]) {
        const args = Object.fromEntries(variables.map((name) => [name, sample]));
        const problems = [];
        const text = bundle.formatPattern(message.value, args, problems);
        assert.deepEqual(problems, [], `${language} \`${id}\` with ${sample}: ${text}`);
      }
    }
  }
});
