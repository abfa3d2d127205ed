// What the page knows at a given moment, shared by its modules: the session, the taxonomy the API
// served, the loaded queue page, the item on view and what the reviewer is doing with it.
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
  /** GET /api/items/counts under the current filters: { byStatus, byCategory }, or null. */
  counts: null,
  /** Filter choices read from the address, applied once the taxonomy has filled the selects. */
  urlFilters: null,
  /** The last search's results. */
  found: null,
  /** The item this reviewer has taken: { id, until }. */
  held: null,
  taking: null,
  /** What the reviewer had typed when another reviewer's change won: { id, entry? , reason? }. */
  lostDraft: null,
  /** GET /api/gazetteer, loaded when the tools are opened. */
  gazetteer: null,
};
