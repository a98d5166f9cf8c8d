import { buildCitation } from './citation';

describe('buildCitation', () => {
  it('names the view, its sources, the revision and its date, the pinned permalink and the access date', () => {
    const text = buildCitation({
      title: 'Artillery shells sent to Russia (running total)',
      sourceLine: "Sources: Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR). Published by TSN.ua.",
      revision: { id: 12, createdAt: '2026-11-28T10:00:00.000Z' },
      permalink: 'https://figures.example.org/series/shells-delivered?rev=12&v=1',
      accessed: new Date(2026, 11, 3),
    });
    expect(text).toBe(
      'Sourced Figures (2026). “Artillery shells sent to Russia (running total)”. Dataset revision 12 of 28 Nov 2026. ' +
        "Sources: Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR). Published by TSN.ua. " +
        'https://figures.example.org/series/shells-delivered?rev=12&v=1 (accessed 3 Dec 2026).',
    );
  });

  it('still reads as sentences without a revision or a final full stop', () => {
    const text = buildCitation({
      title: 'A\ntitle',
      sourceLine: 'Sources: none yet',
      revision: null,
      permalink: 'https://figures.example.org/',
      accessed: new Date(2026, 0, 5),
    });
    expect(text).toBe('Sourced Figures (2026). “A title”. Sources: none yet. https://figures.example.org/ (accessed 5 Jan 2026).');
  });
});
