// Every CLI command, registered explicitly (one line each).
import type { CliCommand } from '../command';

export const COMMANDS: CliCommand[] = [];
