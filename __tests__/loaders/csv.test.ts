import { type CsvRow, parseCsv } from '../../src/loaders/index.js';

describe('parseCsv (RFC 4180)', () => {
  it.each<[string, string, CsvRow[]]>([
    ['CRLF records', 'a,b\r\nc,d\r\n', [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['c', 'd'] }]],
    ['LF and no final line break', 'a,b\nc,d', [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['c', 'd'] }]],
    ['lone CR as record separator', 'a\rb', [{ line: 1, fields: ['a'] }, { line: 2, fields: ['b'] }]],
    ['quoted delimiter and doubled quotes', '"a,1","b""c"\n', [{ line: 1, fields: ['a,1', 'b"c'] }]],
    ['line break inside quotes (kept as written)', '"multi\r\nline",x\ny,z', [{ line: 1, fields: ['multi\r\nline', 'x'] }, { line: 3, fields: ['y', 'z'] }]],
    ['empty fields', 'a,,\n,', [{ line: 1, fields: ['a', '', ''] }, { line: 2, fields: ['', ''] }]],
    ['quoted empty field and Unicode', '"",é\u00a0ö,"«»"', [{ line: 1, fields: ['', 'é\u00a0ö', '«»'] }]],
    ['blank lines are skipped', '\n\na\n\n', [{ line: 3, fields: ['a'] }]],
    [
      'quote inside an unquoted field: error, then resume',
      'a"b,c\nd,e',
      [{ line: 1, error: 'quote inside an unquoted field: "a\\"b"' }, { line: 2, fields: ['d', 'e'] }],
    ],
    [
      'text after a closing quote: error, then resume',
      '"ab"c,d\ne,f',
      [{ line: 1, error: 'unexpected "c" after closing quote of field 1' }, { line: 2, fields: ['e', 'f'] }],
    ],
    ['unterminated quote swallows the rest', 'x\n"never closed\nx,y', [{ line: 1, fields: ['x'] }, { line: 2, error: 'quoted field is never closed' }]],
  ])('%s', (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('takes another delimiter', () => {
    expect(parseCsv('a;b\n')).toEqual([{ line: 1, fields: ['a;b'] }]);
    expect(parseCsv('a;"b;c"\n', ';')).toEqual([{ line: 1, fields: ['a', 'b;c'] }]);
  });
});
