// Each report language prints the outlet's and the region's name in that language, from the gazetteer
// (the seed with staff's names over it). A name the gazetteer lacks in a language is a gap: that
// language's report leaves it out and the build lists it, so a Latin spelling never stands in a
// Cyrillic report. A value the gazetteer does not know at all is printed as staff typed it, and listed.
import { findPlace, type Gazetteer, type GazetteerKind } from '../domain/gazetteer-names';
import type { Language } from '../domain/taxonomy';
import type { ReportData, ReportEntryView } from './report-statistics';

export interface PlaceNameGap {
  kind: GazetteerKind;
  /** The value in the entry. */
  value: string;
  /** The gazetteer entry lacking a name in `language`; absent when the value is not in the gazetteer at all. */
  id?: string;
  language: Language;
}

function placeName(kind: GazetteerKind, value: string | undefined, lang: Language, gazetteer: Gazetteer, gaps: PlaceNameGap[]): string | undefined {
  if (!value) return undefined;
  const entry = findPlace(gazetteer[kind], value);
  if (!entry) {
    gaps.push({ kind, value, language: lang });
    return value;
  }
  const name = entry.names[lang];
  if (!name) gaps.push({ kind, value, id: entry.id, language: lang });
  return name;
}

/** The data with every entry's outlet and region in `lang`, and the names that were missing. */
export function localizePlaces(data: ReportData, lang: Language, gazetteer: Gazetteer): { data: ReportData; gaps: PlaceNameGap[] } {
  const gaps: PlaceNameGap[] = [];
  const entries = data.entries.map((entry): ReportEntryView => {
    const { outlet: typedOutlet, region: typedRegion, ...rest } = entry;
    const outlet = placeName('outlets', typedOutlet, lang, gazetteer, gaps);
    const region = placeName('regions', typedRegion, lang, gazetteer, gaps);
    return { ...rest, ...(outlet ? { outlet } : {}), ...(region ? { region } : {}) };
  });
  return { data: { ...data, entries }, gaps };
}
