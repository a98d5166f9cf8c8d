import { composeShareImage, type ShareImageInput } from './share-image';

const measure = (text: string, style: { size: number }) => text.length * style.size * 0.5;

function input(overrides: Partial<ShareImageInput> = {}): ShareImageInput {
  return {
    title: 'Shells "sent" <script>alert(1)</script> & more',
    panels: [
      {
        title: null,
        unit: 'shells',
        chart: { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="700" height="260"><circle cx="1" cy="1" r="1"/></svg>', width: 700, height: 260 },
        legend: [{ label: 'Ukraine’s <HUR>', icon: null }],
        notes: ['Not drawn: no “as of” date given (1)'],
        sourceLine: null,
      },
    ],
    legend: [],
    sourceLine: 'Sources: A & B. Published by C.',
    asOf: 'Data as of 28 Nov 2026 · revision 12',
    permalink: 'https://figures.example.org/series/shells-delivered?rev=12&v=1',
    measure,
    ...overrides,
  };
}

describe('composeShareImage', () => {
  const image = composeShareImage(input());

  it('draws the title, the chart, its legend and notes, the sources, the revision and the permalink', () => {
    expect(image.svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(image.svg).toContain('Shells &quot;sent&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(image.svg).not.toContain('<script');
    expect(image.svg).toContain('<circle cx="1" cy="1" r="1"/>');
    expect(image.svg).toContain('Ukraine’s &lt;HUR&gt;');
    expect(image.svg).toContain('Not drawn: no “as of” date given (1)');
    expect(image.svg).toContain('Sources: A &amp; B. Published by C.');
    expect(image.svg).toContain('Data as of 28 Nov 2026 · revision 12');
    expect(image.svg).toContain('href="https://figures.example.org/series/shells-delivered?rev=12&amp;v=1"');
    expect(image.width).toBe(748);
    expect(image.svg).toContain(`width="${image.width}" height="${image.height}"`);
  });

  it('wraps a long permalink rather than letting it run off the image', () => {
    const long = composeShareImage(input({ permalink: `https://figures.example.org/explore?s=${'troops-deployed,'.repeat(20)}` }));
    const lines = [...long.svg.matchAll(/<a href[^>]*><text[^>]*>([^<]*)<\/text><\/a>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, { size: 13 })).toBeLessThanOrEqual(long.width - 48);
  });

  it('scales a chart wider than the image down to fit', () => {
    const wide = composeShareImage(
      input({ panels: [{ ...input().panels[0], chart: { markup: '<svg/>', width: 2800, height: 400 } }] }),
    );
    expect(wide.width).toBe(1400);
    expect(wide.svg).toContain('scale(0.48)');
  });
});
