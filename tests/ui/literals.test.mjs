// No client-visible English left in the UI's code: every text the client reads comes from the
// catalog (`t('id')`), so a string literal in ui/js that reads like a sentence or a label is a
// text that bypassed it. What is not client text (keys, CSS classes, selectors, test hooks)
// is lowercase code, or listed below with the reason.

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
