// The shape of a CLI command. Commands write data to `io.stdout` and logs to stderr, never the reverse.
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { isLanguage, LANGUAGES, type Language } from '../domain/taxonomy';

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

type OptionSpecs = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/**
 * Node's own parseArgs with the CLI's error type: unknown options, missing values and more than
 * `maxPositionals` arguments become a UsageError (exit 2 with the usage text).
 */
export function parseCommandArgs<T extends OptionSpecs>(args: string[], options: T, maxPositionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > maxPositionals) throw new UsageError(`unexpected argument ${parsed.positionals[maxPositionals]}`);
  return parsed;
}

/** `--lang` checked against the working languages. */
export function languageArg(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  if (!isLanguage(value)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, got "${value}"`);
  return value;
}
