// The UI's side of the client's language, on Node against what Rust writes
// (target/tmp/locale-fixture.json, from crates/aftercare-core/tests/catalog.rs): format.js
// writes every sample date and time exactly as ICU4X does, a count reads as fluent-rs writes it,
// the catalog Rust parses for the page is what @fluent/bundle's own parser makes of the same
// files, and every message of every catalog formats without an error.

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
    useLocale({ tag, catalog: fixture.pages.en, conventions, choices: [] });
    for (const sample of written) {
      const { value } = sample;
      // Read in the sample's year, a day is written without its year; read in another, with it.
      format.readOn(value);
      assert.equal(format.day(value), sample.day, `${tag} day of ${value}`);
      assert.equal(format.longDay(value), sample.long_day, `${tag} long day of ${value}`);
      assert.equal(format.time(value), sample.time, `${tag} time of ${value}`);
      assert.equal(format.dayTime(value), sample.day_time, `${tag} day and time of ${value}`);
      format.readOn('1999-12-31');
      assert.equal(format.day(value), sample.dated_day, `${tag} day of ${value} read in 1999`);
      assert.equal(format.dayTime(value), sample.dated_day_time, `${tag} day and time of ${value} read in 1999`);
    }
  }
});

test('the screens write a count into a message as the notifications do', () => {
  for (const { tag, language, conventions, written } of fixture.counted) {
    useLocale({ tag, catalog: fixture.pages[language], conventions, choices: [] });
    for (const { days, text } of written) {
      assert.equal(t('days-ahead', { days }), text, `${tag}: in ${days} days`);
    }
  }
});

/**
 * A pattern as it reads: text runs joined (@fluent/bundle keeps a text a line at a time, Rust a
 * run at a time), text alone as a string, a function's positional arguments before its named
 * ones (the order it sorts them into when it calls).
 */
function reading(value) {
  if (Array.isArray(value)) {
    const joined = [];
    for (const part of value.map(reading)) {
      if (typeof part === 'string' && typeof joined.at(-1) === 'string') joined[joined.length - 1] += part;
      else joined.push(part);
    }
    return joined.length === 1 && typeof joined[0] === 'string' ? joined[0] : joined;
  }
  if (value && typeof value === 'object') {
    const read = Object.fromEntries(Object.entries(value).map(([key, part]) => [key, reading(part)]));
    if (Array.isArray(value.args)) {
      read.args = [...read.args.filter((arg) => arg.type !== 'narg'), ...read.args.filter((arg) => arg.type === 'narg')];
    }
    return read;
  }
  return value;
}

test("the page's catalog, parsed by Rust, is what @fluent/bundle's parser makes of the files", () => {
  for (const [language, page] of Object.entries(fixture.pages)) {
    const parsed = new Map(new FluentResource(fixture.catalogs[language]).body.map((entry) => [entry.id, entry]));
    assert.ok(page.length > 100, `${language}: the page gets the screens' messages`);
    for (const entry of page) {
      assert.ok(parsed.has(entry.id), `${language}: \`${entry.id}\` is in the files`);
      assert.deepEqual(reading(entry), reading(parsed.get(entry.id)), `${language}: \`${entry.id}\` reads the same`);
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
