// Text from the data written into XML or SVG markup that is built as a string (the Atom feed, the
// share image, the pages' charts). Every value goes through escapeXml, in element text and in
// attributes alike, so a name or a quote can never break the document or add markup to it; the
// characters XML 1.0 cannot carry at all (control characters other than tab, line feed and carriage
// return, lone surrogates, U+FFFE and U+FFFF) are left out, since one would make the whole file
// unreadable.

const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const NEEDS_WORK = /[^\u0009\u000a\u000d\u0020-\u0021\u0023-\u0025\u0028-\u003b\u003d\u003f-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

export function escapeXml(text: string): string {
  // Most values (numbers, names) hold nothing to escape: one test, no copies.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

export type XmlAttributes = Record<string, string | number | null | undefined>;

/** ` name="value"` for each attribute that has a value, escaped. */
export function xmlAttributes(attributes: XmlAttributes): string {
  let out = '';
  for (const name in attributes) {
    const value = attributes[name];
    if (typeof value === 'number') out += ` ${name}="${value}"`;
    else if (typeof value === 'string') out += ` ${name}="${escapeXml(value)}"`;
  }
  return out;
}

/** An element whose content is markup already built (escaped where it came from text). */
export function xmlElement(name: string, attributes: XmlAttributes, content = ''): string {
  return `<${name}${xmlAttributes(attributes)}>${content}</${name}>`;
}
