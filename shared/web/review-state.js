// What the page knows at a given moment, shared by its modules: the session, the taxonomy the API
// served, the loaded queue page and the item on view.
export const state = {
  token: sessionStorage.getItem('sozwatch.token') || '',
  lang: localStorage.getItem('sozwatch.lang') || 'ru',
  me: null,
  /** GET /api/taxonomy: the closed lists (statuses, categories, case vocabulary) with labels. */
  taxonomy: null,
  items: [],
  groups: [],
  /** Item ids in the order the queue shows them (members of a suggested event together). */
  order: [],
  cursor: undefined,
  current: -1,
  detail: null,
  selected: new Set(),
};
