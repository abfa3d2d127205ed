// Building the page from data. Everything that came from a feed or a page is untrusted: the DOM is
// built with textContent and properties only, never innerHTML, and links are limited to http(s).
import { t } from './review-i18n.js';
import { state } from './review-state.js';

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

export function safeLink(url, label) {
  // A feed can carry `javascript:` or `data:` URLs: only http(s) becomes a link.
  let ok = false;
  try {
    const parsed = new URL(url);
    ok = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch (e) {
    ok = false;
  }
  return ok ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: label }) : el('span', { text: label });
}

/** A highlighted text (segments from the API) as text nodes and <mark>s. */
export function segments(list) {
  return (list || []).map((s) => (s.terms ? el('mark', { text: s.text, title: s.terms.join(', ') }) : document.createTextNode(s.text)));
}

let toastTimer;

export function toast(message, kind) {
  const box = $('toast');
  box.textContent = message;
  box.className = 'toast show ' + (kind || '');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.className = 'toast'), 4000);
}

export function categoryLabel(id) {
  const category = state.taxonomy && state.taxonomy.categories.find((c) => c.id === id);
  return category ? category.label[state.lang] || category.label.ru : id;
}

export function formatDate(iso) {
  try {
    return new Intl.DateTimeFormat(state.lang === 'kk' ? 'kk-KZ' : state.lang === 'en' ? 'en-GB' : 'ru-RU', {
      dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Almaty',
    }).format(new Date(iso));
  } catch (e) {
    return iso;
  }
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
