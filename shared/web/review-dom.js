// Building the page from data. Everything that came from a feed or a page is untrusted: the DOM is
// built with textContent and properties only, never innerHTML, and links are limited to http(s).
// Such data sits in elements marked `data-content`, so what the interface itself says can be told
// apart from what items say (the dictionary test walks everything else).
import { t } from './review-i18n.js';
import { state } from './review-state.js';

// Dates are worded with the dictionaries' month names; other pages' modules take formatDate from here.
export { formatDate } from './review-i18n.js';

export const $ = (id) => document.getElementById(id);

/** Element builder: text goes through textContent, attributes through setAttribute, nothing parses HTML. */
export function el(tag, props, children) {
  const node = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'text') node.textContent = String(value);
      else if (key === 'className') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (key === 'value' || key === 'checked' || key === 'hidden' || key === 'disabled') node[key] = value;
      else node.setAttribute(key, String(value));
    }
  }
  for (const child of [].concat(children || [])) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Text that came from an item, a person or a source (titles, names, reasons, notes), marked as such. */
export function content(tag, text, props) {
  return el(tag, Object.assign({ text: text === undefined || text === null ? '' : String(text), 'data-content': '' }, props || {}));
}

export function safeLink(url, label, props) {
  // A feed can carry `javascript:` or `data:` URLs: only http(s) becomes a link.
  let ok = false;
  try {
    const parsed = new URL(url);
    ok = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch (e) {
    ok = false;
  }
  return ok ? el('a', Object.assign({ href: url, target: '_blank', rel: 'noopener noreferrer', text: label }, props || {})) : el('span', Object.assign({ text: label }, props || {}));
}

/** A highlighted text (segments from the API) as text nodes and <mark>s, inside a content element. */
export function segments(list, tag, props) {
  const children = (list || []).map((s) => (s.terms ? el('mark', { text: s.text }) : document.createTextNode(s.text)));
  return el(tag || 'span', Object.assign({ 'data-content': '' }, props || {}), children);
}

let toastTimer;

/** A passing message; with `action` ({label, run, about}) it carries a button, names the item it acts on (`about`), and stays a little longer. */
export function toast(message, kind, action) {
  const box = $('toast');
  const button = action ? el('button', { type: 'button', className: 'toast-action', text: action.label, onclick: () => {
    box.className = 'toast';
    action.run();
  } }) : null;
  const about = action && action.about ? [content('span', action.about, { className: 'toast-about' })] : [];
  box.replaceChildren(el('span', { text: message }), ...about, ...(button ? [button] : []));
  box.className = 'toast show ' + (kind || '');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.className = 'toast'), action ? 10000 : 4000);
}

export function categoryLabel(id) {
  const category = state.taxonomy && state.taxonomy.categories.find((c) => c.id === id);
  return category ? category.label[state.lang] || category.label.ru : id;
}

export function fillSelect(select, options, value) {
  select.replaceChildren(...options.map(([v, label]) => el('option', { value: v, text: label })));
  select.value = value || '';
}

export function field(label, input) {
  return el('label', { className: 'field' }, [el('span', { text: label }), input]);
}

/** A <select> of ids labelled by the interface string `prefix + id`, or by category label without a prefix. */
export function options(values, prefix, value, blank) {
  const list = (blank ? [['', '—']] : []).concat(values.map((v) => [v, prefix ? t(prefix + v) : categoryLabel(v)]));
  const select = el('select', {}, list.map(([v, label]) => el('option', { value: v, text: label })));
  select.value = value === undefined || value === null ? '' : String(value);
  return select;
}
