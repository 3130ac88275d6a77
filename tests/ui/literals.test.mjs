// No client-visible English left in the code: every text the client reads comes from the catalog
// (`t('id')` in ui/js, `Message` and `Locale::text` in Rust), so a string literal that reads like
// a sentence or a label is a text that bypassed it. What is not client text (keys, CSS classes,
// selectors, SQL, test hooks) is lowercase code, or listed below with the reason.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ui = new URL('../../ui/', import.meta.url).pathname;

/** Literals that look like text but are not the client's to read, with why. */
const allowed = new Map([
  ['Any', "the event target Tauri's IPC takes (api.js)"],
  ['Ok', "serde's name for a Result's success, in a QR code's answer (artist.js)"],
  ['blocked by the content security policy: ', 'what the end-to-end tests read in window.__aftercareErrors; the client reads ui-error-blocked'],
]);

function modules(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** The string literals of a module, outside comments: quoted strings and template text. */
function literals(source) {
  const found = [];
  const pattern = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'((?:\\.|[^'\\\n])*)'|"((?:\\.|[^"\\\n])*)"|`((?:\\.|[^`\\])*)`/g;
  for (const match of source.matchAll(pattern)) {
    const text = match[1] ?? match[2] ?? match[3];
    if (text === undefined) continue;
    // A template's own text, without what it interpolates.
    found.push(...text.split(/\$\{[^}]*\}/));
  }
  return found;
}

/** Reads like words for a person: a capital starting a word of letters, or a sentence's end. */
const prose = (text) => /(^|\s)[A-Z][a-z]+\b/.test(text) || /[a-z]{2,}[.!?…:]\s*$/.test(text) || /\b[a-z]+ [a-z]+ [a-z]+\b/.test(text) && /[.,!?]/.test(text);

test('the UI shows no text that bypasses the catalog', () => {
  const bypassing = [];
  for (const path of modules(join(ui, 'js'))) {
    for (const text of literals(readFileSync(path, 'utf8'))) {
      if (prose(text) && !allowed.has(text)) bypassing.push(`${path.slice(ui.length)}: ${JSON.stringify(text)}`);
    }
  }
  assert.deepEqual(bypassing, [], 'each is a message in crates/aftercare-core/locales, or not client text');
});

/** Rust literals that look like text but are not the client's to read, with why. */
const allowedInRust = new Map([
  ['English (US)', 'a language in its own name, in the language menu (locale/mod.rs)'],
  ['English (UK)', 'a language in its own name'],
  ['Español', 'a language in its own name'],
  ['Français (France)', 'a language in its own name'],
  ['Français (Canada)', 'a language in its own name'],
  ['Português (Brasil)', 'a language in its own name'],
  ['SMP Aftercare', "the app's name"],
  ['PRODID:-//SMP Aftercare//Aftercare reminders//EN', "a calendar file's product id, which no calendar shows"],
  ['Exif\\0\\0', 'a JPEG segment marker'],
  ['Adobe', 'a JPEG segment marker'],
  ['Photo', "the PNG colour type's name in a debug listing"],
  ['Link', 'a line of the zone table'],
  [':memory:', "SQLite's name for a database in memory"],
  ['Timer', "a thread's name"],
  ['Reminders', "a debug listing's name"],
  ['Error', "the name serde gives the error's fields"],
  ['Option::is_none', 'a serde attribute'],
  ['`{id}` is missing from the English catalog', 'a debug assertion for the developer'],
  ['`{other}` is not \\"digest\\", \\"morning\\", \\"uv\\" or a time of day such as \\"18:00\\"', "a protocol file reader's own error, shown as its detail as TOML's own are (problem-syntax)"],
]);

const repository = new URL('../../', import.meta.url).pathname;

function rustFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return rustFiles(path);
    return entry.name.endsWith('.rs') && entry.name !== 'tests.rs' ? [path] : [];
  });
}

/**
 * The string literals of a Rust file, outside comments, tests, attributes, SQL and what only a
 * developer reads: `expect`, `panic!` and assertion messages, and the fault found in a damaged
 * backup file (`invalid(`), which a translated sentence carries as a detail. The
 * command line's `--help` (clap's `about` and doc comments) is English.
 */
function rustLiterals(source) {
  const tests = source.search(/#\[cfg\(test\)\]\s*mod /);
  const code = tests >= 0 ? source.slice(0, tests) : source;
  const pattern = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])'|r(#*)"([\s\S]*?)"\1|"((?:\\[\s\S]|[^"\\])*)"/g;
  const developer = /(about\s*=\s*|expect\(|panic!\(|unreachable!\(|assert[a-z_]*!\(|reason\s*=\s*|invalid\(|format!\(\s*|#\[(?!error)[a-z_]+\(|execute(_batch)?\(|prepare(_cached)?\(|query_row\(|M::up\()\s*$/;
  const found = [];
  for (const match of code.matchAll(pattern)) {
    const text = match[2] ?? match[3];
    if (text === undefined) continue;
    const before = code.slice(Math.max(0, match.index - 60), match.index);
    // `format!(` counts as the developer's only inside `invalid(`.
    if (developer.test(before) && (!/format!\(\s*$/.test(before) || /invalid\(\s*format!\(\s*$/.test(before))) continue;
    found.push(text);
  }
  return found;
}

/** A statement for SQLite, comments included. */
const sql = (text) => /^\s*(--[^\n]*\n\s*)*(CREATE|ALTER|SELECT|INSERT|UPDATE|DELETE|PRAGMA)\b/.test(text);

test('the Rust crates show no text that bypasses the catalog', () => {
  const bypassing = [];
  const folders = ['src-tauri/src', ...readdirSync(join(repository, 'crates')).map((crate) => `crates/${crate}/src`)];
  for (const folder of folders) {
    for (const path of rustFiles(join(repository, folder))) {
      const file = path.slice(repository.length);
      for (const text of rustLiterals(readFileSync(path, 'utf8'))) {
        if (prose(text) && !allowedInRust.has(text) && !sql(text)) bypassing.push(`${file}: ${JSON.stringify(text)}`);
      }
    }
  }
  assert.deepEqual(bypassing, [], 'each is a message in crates/aftercare-core/locales, or not client text');
});
