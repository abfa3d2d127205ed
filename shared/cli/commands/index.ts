// Every CLI command, registered explicitly (one line each).
import type { CliCommand } from '../command';
import { classifyCommand } from './classify';

export const COMMANDS: CliCommand[] = [
  classifyCommand,
];
