// A strict RFC 4180 reader for tests: quoted fields may hold commas, doubled quotes and line breaks; rows end
// with CRLF.
const field = /(?:"((?:[^"]|"")*)"|([^,"\r\n]*))(,|\r\n|$)/y;

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  field.lastIndex = 0;
  while (field.lastIndex < text.length) {
    const at = field.lastIndex;
    const match = field.exec(text);
    if (!match || field.lastIndex === at) throw new Error(`malformed CSV at offset ${at}`);
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ""));
    if (match[3] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}
