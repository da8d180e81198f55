/**
 * CSV and TSV as RFC 4180 describes them, with the looseness real files need: a field in double
 * quotes may hold the delimiter, newlines and doubled quotes (""); the delimiter is a comma, a tab
 * or a semicolon (detected from the header line when not given); lines end in \r\n, \n or \r; a
 * UTF-8 byte-order mark at the start is ignored; the first row is the header.
 *
 * Two departures from the RFC, the ones Python's csv module also makes: a quote inside an unquoted
 * field is an ordinary character, and characters after a closing quote are appended to the field.
 * Blank lines are skipped. Every row must have as many fields as the header: a row that does not is
 * almost always a wrong delimiter or a stray quote, and the error names its line.
 */
import { UserError } from '../errors';

export type Delimiter = ',' | '\t' | ';';

export interface DelimitedTable {
  delimiter: Delimiter;
  /** Column names from the first row, trimmed. */
  header: string[];
  /** Data rows; `rows[i].length === header.length`. */
  rows: string[][];
  /** 1-based line number where each row starts (for messages about a row). */
  lines: number[];
}

const CANDIDATES: readonly Delimiter[] = [',', '\t', ';'];

/**
 * The delimiter the header line uses most often, outside quotes (ties: comma, then tab, then
 * semicolon). Returns undefined when the header has none of them, i.e. a single column.
 */
export function detectDelimiter(text: string): Delimiter | undefined {
  const counts = [0, 0, 0];
  let inQuotes = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes) {
      const k = CANDIDATES.indexOf(ch as Delimiter);
      if (k >= 0) counts[k]++;
    }
  }
  let best = -1;
  for (let k = 0; k < 3; k++) if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) best = k;
  return best < 0 ? undefined : CANDIDATES[best];
}

/**
 * Parses a whole delimited file. `title` names the file in error messages. Throws a UserError for
 * an unterminated quote (naming the line where the quoted field began), a row with the wrong number
 * of fields, a file with no header, or a file with one column.
 */
export function parseDelimited(text: string, title: string, delimiter?: Delimiter): DelimitedTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delim = delimiter ?? detectDelimiter(src);
  if (delim === undefined) {
    throw new UserError(
      'csv-one-column',
      `${title} has a single column: a labelled file needs a text column and a label column, separated by commas, tabs or semicolons.`,
      { title },
    );
  }
  const records: string[][] = [];
  const lines: number[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let rowHasContent = false;
  const n = src.length;
  let i = 0;

  const endRow = () => {
    fields.push(field);
    field = '';
    if (rowHasContent || fields.length > 1) {
      records.push(fields);
      lines.push(rowLine);
    }
    fields = [];
    rowHasContent = false;
  };

  while (i < n) {
    const ch = src[i];
    if (ch === '"' && field === '') {
      // A quoted field: scan to the closing quote, taking "" as one quote.
      const startLine = line;
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = src.indexOf('"', j);
        if (q === -1) {
          throw new UserError(
            'csv-unterminated-quote',
            `${title}, line ${startLine}: a quoted field is never closed (a " is missing).`,
            { title, line: startLine },
          );
        }
        const chunk = src.slice(j, q);
        for (let k = 0; k < chunk.length; k++) {
          const c = chunk.charCodeAt(k);
          if (c === 10 || (c === 13 && chunk.charCodeAt(k + 1) !== 10)) line++;
        }
        value += chunk;
        if (src[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      field = value;
      rowHasContent = true;
      continue;
    }
    if (ch === delim) {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    // Plain characters up to the next delimiter, quote or line end, in one slice.
    let j = i + 1;
    while (j < n) {
      const c = src[j];
      if (c === delim || c === '\n' || c === '\r') break;
      j++;
    }
    field += src.slice(i, j);
    rowHasContent = true;
    i = j;
  }
  if (field !== '' || fields.length > 0 || rowHasContent) endRow();

  if (records.length === 0)
    throw new UserError('csv-empty', `${title} is empty: it has no header row.`, { title });
  const header = records[0].map((h) => h.trim());
  if (header.length < 2) {
    throw new UserError(
      'csv-one-header-column',
      `${title} has a single column: a labelled file needs a text column and a label column.`,
      { title },
    );
  }
  const rows = records.slice(1);
  const rowLines = lines.slice(1);
  for (let r = 0; r < rows.length; r++) {
    if (rows[r].length !== header.length) {
      throw new UserError(
        'csv-ragged',
        `${title}, line ${rowLines[r]}: ${rows[r].length} fields where the header has ${header.length}; check the delimiter and the quotes.`,
        { title, line: rowLines[r], fields: rows[r].length, columns: header.length },
      );
    }
  }
  return { delimiter: delim, header, rows, lines: rowLines };
}
