// Every CLI command, registered explicitly (one line each).
import type { CliCommand } from '../command';
import { classifyCommand } from './classify';
import { rulesCommand } from './rules';
import { reportCommand } from './report';
import { serveCommand } from './serve';

export const COMMANDS: CliCommand[] = [
  serveCommand,
  classifyCommand,
  rulesCommand,
  reportCommand,
];
