// The registry of court-site parsers: explicit, one line per site (the golden test walks it).
import type { CourtParser } from './court-parser';
import { regionalSudKzParser } from './parsers/regional-sud-kz';
import { sudGovKzParser } from './parsers/sud-gov-kz';

export const COURT_PARSERS: readonly CourtParser[] = [sudGovKzParser, regionalSudKzParser];

export function courtParser(id: string): CourtParser | undefined {
  return COURT_PARSERS.find((p) => p.id === id);
}
