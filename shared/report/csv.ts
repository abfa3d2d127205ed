// CSV as spreadsheet programs read and write it (RFC 4180): one pass over the text, linear time.

export const BYTE_ORDER_MARK = '\uFEFF';

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Rows of fields. Fields may be quoted ("…", with "" for a quote) and then hold commas and line breaks;
 * CRLF, LF and CR end rows; a leading byte-order mark is dropped; blank lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let quoteLine = 1;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  const start = text.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = text[i + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') throw new CsvSyntaxError('text after a closing quote', line);
        }
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"') {
      if (fieldStarted) throw new CsvSyntaxError('a quote inside an unquoted field', line);
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (c === ',') {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvSyntaxError('a quoted field is never closed', quoteLine);
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** One field, always quoted (so a leading zero, a comma or a line break survives every spreadsheet). */
function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** CSV text with a byte-order mark (spreadsheet programs then read UTF-8 Cyrillic right), CRLF line ends, every field quoted. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
