// The shape of a CLI command. Commands write data to `io.stdout` and logs to stderr, never the reverse.
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

export interface CliCommand {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Full usage text for `<command> --help`. */
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A usage mistake: the CLI prints the message and the command's usage, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
