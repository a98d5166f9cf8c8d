import fc from 'fast-check';
import { escapeXml, xmlElement } from './xml';

describe('escapeXml', () => {
  it('escapes markup and drops what XML 1.0 cannot carry, keeping whole surrogate pairs', () => {
    expect(escapeXml('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001fc\u0007\ufffed\tf\ng\r')).toBe('abcd\tf\ng\r');
    expect(escapeXml('lone \udc00 \ud800 pair 😀 ✓')).toBe('lone   pair 😀 ✓');
  });
});

describe('xmlElement', () => {
  it('writes escaped attributes, leaves out those without a value, and keeps its content as given', () => {
    expect(xmlElement('text', { x: 1.5, 'aria-label': 'a "b" <c>', hidden: null, dy: undefined }, '&lt;1k')).toBe(
      '<text x="1.5" aria-label="a &quot;b&quot; &lt;c&gt;">&lt;1k</text>',
    );
  });
});

describe('escapeXml on any text', () => {
  it('gives what escaping every character in turn gives, lone surrogates and control characters included', () => {
    const entity: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
    const reference = (text: string) =>
      [...text].map((c) => (/^[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]$/u.test(c) ? (entity[c] ?? c) : '')).join('');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '1', ' ', '&', '<', '>', '"', "'", '\u0000', '\ud800', '\uffff', '😀') }));
    fc.assert(
      fc.property(text, (value) => {
        expect(escapeXml(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });
});
