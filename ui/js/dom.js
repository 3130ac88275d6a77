// Building the page from data without ever parsing text as HTML: texts from a protocol file are
// someone else's words, shown as text.

import { t } from './i18n.js';

/**
 * `h('p', { class: 'note' }, 'Hello ', h('strong', {}, 'there'))`.
 * Props: `class`, `text`, `on: { event: handler }`, boolean attributes (`true`/`false`), and any
 * other attribute as a string. Children: nodes, strings, or nothing (null, undefined, false).
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    } else if (name === 'text') {
      element.textContent = value;
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else if (name === 'checked' && 'checked' in element) {
      element.checked = Boolean(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what `parent` shows. */
export function show(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

let ids = 0;
/** A unique id, for tying a label or a message to its field. */
export const uid = (prefix) => `${prefix}-${++ids}`;

/** A labelled form field; `input` is the control, `hint` an optional explanation under it. */
export function field(label, input, hint) {
  input.id ||= uid('field');
  const hintNode = hint ? h('p', { class: 'hint', id: `${input.id}-hint`, text: hint }) : null;
  if (hintNode) input.setAttribute('aria-describedby', hintNode.id);
  return h('div', { class: 'field' }, h('label', { for: input.id, text: label }), input, hintNode);
}

const styles = new Map();
/**
 * Links a style sheet the first screen does not need, once; resolves when it applies, so that a
 * screen draws already styled.
 * @param {string} href
 * @returns {Promise<void>}
 */
export function linkStyle(href) {
  if (!styles.has(href)) {
    styles.set(
      href,
      new Promise((resolve, reject) => {
        // Asked for again next time, rather than failing for the rest of the session.
        const failed = () => {
          styles.delete(href);
          reject(new Error(`could not load ${href}`));
        };
        document.head.append(h('link', { rel: 'stylesheet', href, on: { load: () => resolve(), error: failed } }));
      }),
    );
  }
  return styles.get(href);
}

/** A live message region for a form: errors are read out as they appear. */
export function alertBox() {
  return h('div', { class: 'alert', role: 'alert', hidden: true });
}

export function say(box, message) {
  box.textContent = message ?? '';
  box.hidden = !message;
}

/** Asks to confirm in a modal dialog; resolves to true when confirmed. */
export function confirmDialog(title, message, confirmLabel) {
  return new Promise((resolve) => {
    const titleId = uid('dialog');
    const dialog = h(
      'dialog',
      { 'aria-labelledby': titleId },
      h('h2', { id: titleId, text: title }),
      h('p', { text: message }),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', text: t('ui-cancel'), on: { click: () => finish(false) } }),
        h('button', { type: 'button', class: 'danger', text: confirmLabel, on: { click: () => finish(true) } }),
      ),
    );
    function finish(answer) {
      dialog.close();
      dialog.remove();
      resolve(answer);
    }
    dialog.addEventListener('cancel', () => finish(false));
    document.body.append(dialog);
    dialog.showModal();
  });
}

/**
 * Markup the Rust core built (the chart, the report), every text in it escaped there: parsed as
 * data (a parsed document runs no script) and adopted into this page. An SVG gives its root
 * element; HTML gives the first element matching `select`.
 */
export function markup(text, type, select) {
  const parsed = new DOMParser().parseFromString(text, type);
  const root = type === 'image/svg+xml' ? parsed.documentElement : parsed.querySelector(select);
  return document.importNode(root, true);
}
