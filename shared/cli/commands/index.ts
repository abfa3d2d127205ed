// Every CLI command, registered explicitly (one line each).
import type { CliCommand } from '../command';
import { classifyCommand } from './classify';
import { feedCommand } from './feed';
import { importCommand } from './import';
import { ingestCommand } from './ingest';
import { sourcesCommand } from './sources';
import { rulesCommand } from './rules';
import { reportCommand } from './report';
import { serveCommand } from './serve';
import { baselineCommand } from './baseline';
import { entriesCsvCommand } from './entries-csv';
import { casesCommand } from './cases';

export const COMMANDS: CliCommand[] = [
  serveCommand,
  classifyCommand,
  rulesCommand,
  reportCommand,
  feedCommand,
  ingestCommand,
  importCommand,
  sourcesCommand,
  baselineCommand,
  entriesCsvCommand,
  casesCommand,
];
