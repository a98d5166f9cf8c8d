import { CsvSyntaxError, readRecords } from './csv-records';

function records(text: string): string[][] {
  const out: string[][] = [];
  for (const { cells, record } of readRecords(text)) {
    expect(record).toBe(out.length + 1);
    out.push(cells);
  }
  return out;
}

describe('readRecords', () => {
  it('splits fields and records, with LF, CRLF or CR line ends, and skips empty lines', () => {
    expect(records('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(records('a,b\r\n1,2\r\n\r\n3,4')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
    expect(records('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
    expect(records('\n\na\n\n')).toEqual([['a']]);
    expect(records('')).toEqual([]);
  });

  it('keeps empty fields, at the start, in the middle and at the end of a record', () => {
    expect(records(',x,,\n,\n')).toEqual([['', 'x', '', ''], ['', '']]);
    expect(records('a,')).toEqual([['a', '']]);
  });

  it('reads quoted fields with commas, line breaks and doubled quotes in them', () => {
    expect(records('"a, b","line one\nline two","say ""hi"""\n""\n')).toEqual([['a, b', 'line one\nline two', 'say "hi"'], ['']]);
    expect(records('x,"",y')).toEqual([['x', '', 'y']]);
    expect(records('"crlf\r\ninside"\r\nnext')).toEqual([['crlf\r\ninside'], ['next']]);
  });

  it('refuses what is not CSV, naming the record', () => {
    const error = (text: string) => {
      try {
        records(text);
      } catch (e) {
        return e instanceof CsvSyntaxError ? [e.record, e.message] : e;
      }
      return null;
    };
    expect(error('a,b\n"open,c\n')).toEqual([2, 'a quoted field never ends: its closing quote is missing']);
    expect(error('a\n"quoted"tail,b\n')).toEqual([2, 'a quoted field is followed by text before the next comma; a quote inside a field must be written twice ("")']);
    expect(error('a\nb\n5" shells,c\n')).toEqual([3, 'a field that holds a quote must be in quotes, with the quote written twice ("")']);
  });
});
