import { JSDOM } from 'jsdom';
import { renderAtomFeed, type AtomFeed } from './atom';

const NASTY = 'Fix <b>"bold"</b> & \'quotes\' ]]> \u0001\u0008\ud800 end';

function feed(overrides: Partial<AtomFeed> = {}): AtomFeed {
  return {
    id: 'https://figures.example.org/changes',
    title: 'Log',
    updated: new Date('2026-11-28T14:05:00.000Z'),
    author: 'Sourced Figures',
    links: [{ rel: 'self', href: 'https://figures.example.org/changes.atom?s=a,b&x=<1>', type: 'application/atom+xml' }],
    entries: [
      {
        id: 'https://figures.example.org/changes/2',
        title: NASTY,
        updated: new Date('2026-11-28T14:05:00.000Z'),
        author: NASTY,
        link: 'https://figures.example.org/changes/2?s=a&b="c"',
        content: `${NASTY}\n\nsecond line`,
      },
    ],
    ...overrides,
  };
}

/** Parses strictly as XML: jsdom throws on a document that is not well-formed. */
function parse(xml: string): Document {
  return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
}

describe('renderAtomFeed', () => {
  it('writes a well-formed Atom document whose text reads back exactly as given, markup and all', () => {
    const doc = parse(renderAtomFeed(feed()));
    const root = doc.documentElement;
    expect([root.localName, root.namespaceURI]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    const entry = doc.getElementsByTagName('entry')[0];
    const text = (parent: Element, name: string) => parent.getElementsByTagName(name)[0]?.textContent;
    const clean = 'Fix <b>"bold"</b> & \'quotes\' ]]>  end';
    expect(text(entry, 'title')).toBe(clean);
    expect(text(entry, 'name')).toBe(clean);
    expect(text(entry, 'content')).toBe(`${clean}\n\nsecond line`);
    expect(entry.getElementsByTagName('link')[0].getAttribute('href')).toBe('https://figures.example.org/changes/2?s=a&b="c"');
    expect(root.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe('https://figures.example.org/changes.atom?s=a,b&x=<1>');
    expect(text(root, 'updated')).toBe('2026-11-28T14:05:00.000Z');
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
  });

  it('writes a feed with no entries', () => {
    const doc = parse(renderAtomFeed(feed({ entries: [], subtitle: 'none yet' })));
    expect(doc.getElementsByTagName('entry')).toHaveLength(0);
    expect(doc.getElementsByTagName('subtitle')[0].textContent).toBe('none yet');
  });
});
