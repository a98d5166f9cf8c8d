import { cleanText, fitLine, fitLines, fitsWhole, textWidth, wrapText } from './text-fit';

const byChars = (text: string) => [...text].length;

describe('cleanText', () => {
  it('collapses whitespace and line breaks and drops control characters', () => {
    expect(cleanText('  two\n\nlines\tand\u0007 a bell ')).toBe('two lines and a bell');
  });

  it('keeps markup as the literal text it is', () => {
    expect(cleanText('<script>alert("x")</script> & “quotes”')).toBe('<script>alert("x")</script> & “quotes”');
  });

  it('leaves out pictographs, which the image renderer would fetch from the network, but keeps © ® ™', () => {
    expect(cleanText('Flags 🇺🇦 and faces 😀 and ❤️ © ® ™')).toBe('Flags and faces and © ® ™');
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines no wider than the box', () => {
    expect(wrapText('aaa bbb ccc', { width: 7, maxLines: 5, measure: byChars })).toEqual({ lines: ['aaa bbb', 'ccc'], truncated: false });
  });

  it('ends the last line with an ellipsis when the text does not fit, dropping a whole word', () => {
    expect(wrapText('aaa bbb ccc ddd', { width: 7, maxLines: 1, measure: byChars })).toEqual({ lines: ['aaa…'], truncated: true });
    expect(wrapText('aaa bbb ccc ddd eee', { width: 7, maxLines: 2, measure: byChars })).toEqual({
      lines: ['aaa bbb', 'ccc…'],
      truncated: true,
    });
  });

  it('splits a word wider than the box, such as a long link', () => {
    expect(wrapText('https://example.org/abc', { width: 8, maxLines: 9, measure: byChars }).lines).toEqual([
      'https://',
      'example.',
      'org/abc',
    ]);
  });

  it('gives no lines for empty text, or for no room', () => {
    expect(wrapText('   ', { width: 10, maxLines: 2, measure: byChars })).toEqual({ lines: [], truncated: false });
    expect(wrapText('text', { width: 10, maxLines: 0, measure: byChars })).toEqual({ lines: [], truncated: true });
  });
});

describe('fitLines', () => {
  const box = { fontSize: 46, width: 1088, maxLines: 2 };

  it('keeps a short title whole on one line', () => {
    expect(fitLines('Artillery shells sent to Russia (running total)', box)).toEqual(['Artillery shells sent to Russia (running total)']);
  });

  it('shortens a 300-character title to two lines that fit, ending with an ellipsis', () => {
    const title = 'North Korean artillery shells said to have reached Russia, '.repeat(6).slice(0, 300);
    const lines = fitLines(title, box);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line, box.fontSize)).toBeLessThanOrEqual(box.width);
    expect(fitsWhole(title, box)).toBe(false);
  });

  it('never lets one unbroken string overflow', () => {
    const lines = fitLines('x'.repeat(500), box);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, box.fontSize)).toBeLessThanOrEqual(box.width);
  });

  it('cuts a single line with an ellipsis', () => {
    const line = fitLine('figures.example.org/explore?s=troops-deployed,troop-casualties&from=2024-10', 22, 300);
    expect(line).toMatch(/…$/);
    expect(textWidth(line, 22)).toBeLessThanOrEqual(300);
  });
});

describe('textWidth', () => {
  it('measures wide letters wider than narrow ones, and scales with the font size', () => {
    expect(textWidth('WWW', 20)).toBeGreaterThan(textWidth('iii', 20));
    expect(textWidth('shells', 40)).toBeCloseTo(2 * textWidth('shells', 20));
  });
});
