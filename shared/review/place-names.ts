// The gazetteer as the review sees it: the seed's ru/kk/en names of outlets and regions with staff's
// names laid over them, and the edit of one entry's names (reviewers, audited).
import {
  findPlace,
  mergeGazetteer,
  SEED_GAZETTEER,
  type Gazetteer,
  type GazetteerEntryNames,
  type GazetteerKind,
  type PlaceNames,
} from '../domain/gazetteer-names';
import { FatalError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import type { GazetteerRepository } from '../ports/gazetteer-repository';
import type { Actor, ReviewDependencies } from './review-dependencies';

export async function loadGazetteer(deps: { gazetteer?: GazetteerRepository }): Promise<Gazetteer> {
  return deps.gazetteer ? mergeGazetteer(SEED_GAZETTEER, await deps.gazetteer.list()) : SEED_GAZETTEER;
}

/** Audit records of name changes live under this pseudo-item id, one per entry. */
export function gazetteerAuditId(kind: GazetteerKind, id: string): string {
  return `gazetteer-${kind}-${id}`;
}

export async function setPlaceNames(
  deps: ReviewDependencies,
  input: { kind: GazetteerKind; id: string; names: PlaceNames; actor: Actor },
): Promise<GazetteerEntryNames> {
  if (!deps.gazetteer) throw new FatalError('editing names needs the gazetteer store');
  const at = deps.now().toISOString();
  const before = await loadGazetteer(deps);
  const previous = before[input.kind].find((e) => e.id === input.id);
  const stored = await deps.gazetteer.putNames(input.kind, input.id, input.names, input.actor.id, at);
  const changes = Object.fromEntries(
    Object.entries(input.names)
      .filter(([lang, name]) => previous?.names[lang as keyof PlaceNames] !== name)
      .map(([lang, name]) => [`names.${lang}`, { before: previous?.names[lang as keyof PlaceNames] ?? null, after: name }]),
  );
  await deps.items.appendAudit({ itemId: gazetteerAuditId(input.kind, input.id), at, actor: input.actor.id, action: 'name', changes, note: `${input.kind}/${input.id}` });
  return { id: input.id, names: { ...previous?.names, ...stored.names } };
}

/** The outlet of an item: the approved entry's, else the first the classifier found. */
export function itemOutlet(item: StoredItem, gazetteer: Gazetteer): GazetteerEntryNames | null {
  const named = item.status === 'approved' && item.entry?.outlet ? item.entry.outlet : item.classification.facts.outlets[0];
  const found = findPlace(gazetteer.outlets, named);
  return found ? { id: found.id, names: found.names } : null;
}

/** A name for a form in `language`, else in Russian or Kazakh, else none: never the English id in a Cyrillic text. */
export function nameFor(entry: GazetteerEntryNames | undefined, language: keyof PlaceNames): string | undefined {
  if (!entry) return undefined;
  return entry.names[language] ?? (language === 'en' ? undefined : (entry.names.ru ?? entry.names.kk));
}
