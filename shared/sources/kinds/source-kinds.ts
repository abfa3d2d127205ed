// The kind → parser table: every kind a source may have, one module each. A new kind is a module in
// this folder and one line here (and its own example page and golden under test/fixtures/sources/).
import type { SourceType } from '../catalog';
import { courtKind } from './court';
import { feedKind } from './feed';
import { htmlListKind } from './html-list';
import { searchKind } from './search';
import type { SourceKindModule } from './source-kind';
import { telegramKind } from './telegram';

/** Each module's settings type is its own; the table only needs "settings in, result out", checked by the module's schema. */
const entry = <Settings>(module: SourceKindModule<Settings>) => module as unknown as SourceKindModule<unknown>;

export const SOURCE_KIND_MODULES: { readonly [K in SourceType]: SourceKindModule<unknown> } = {
  feed: entry(feedKind),
  court: entry(courtKind),
  'html-list': entry(htmlListKind),
  telegram: entry(telegramKind),
  search: entry(searchKind),
};

export function sourceKindModule(kind: SourceType): SourceKindModule<unknown> | undefined {
  return Object.hasOwn(SOURCE_KIND_MODULES, kind) ? SOURCE_KIND_MODULES[kind] : undefined;
}
