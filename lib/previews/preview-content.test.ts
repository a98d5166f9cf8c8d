import { onePanelView } from '@/lib/figures/explorer-series';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { describeFigure } from '@/lib/figures/wording';
import { figure, SHELLS } from '@/tests/factories/figures';
import { buildPreview, displayUrl, PREVIEW_CONTENT_WIDTH, PREVIEW_LAYOUT, summariseSources, type PreviewInput } from './preview-content';
import { textWidth } from './text-fit';

const revision = { id: 12, createdAt: new Date('2026-11-28T10:00:00Z') };

function panel(series: SeriesView, figures: FigureView[]) {
  return { series, figures, chart: onePanelView(series, figures).panels[0].chart };
}

function input(overrides: Partial<PreviewInput> = {}): PreviewInput {
  const figures = [
    figure({ figureId: 1, value: '3000000', qualifier: 'more_than', periodEnd: { date: '2024-02-26', precision: 'day' } }),
    figure({ figureId: 2, via: 'Reuters interview', quote: 'about 6.5 million shells <script>alert("x")</script>' }),
  ];
  return {
    eyebrow: 'Sourced Figures · Running total · in shells',
    title: SHELLS.title,
    panels: [panel(SHELLS, figures)],
    permalink: 'https://figures.example.org/s/abcDEF2345',
    revision,
    ...overrides,
  };
}

describe('buildPreview, one series', () => {
  it('leads with the latest figure in the page’s own words, beside the chart', () => {
    const content = buildPreview(input());
    if (content.layout !== 'single') throw new Error('expected the single layout');
    expect(content.title).toEqual([SHELLS.title]);
    expect(content.quantity).toEqual(['about 6.5 million shells']);
    const sentence = describeFigure(input().panels[0].figures[1], SHELLS);
    expect(`${content.quantity.join(' ')} ${content.detail.join(' ')}`).toBe(sentence);
    expect(content.chart?.marks).toHaveLength(2);
    expect(content.asOf).toBe('Data as of 28 Nov 2026 · revision 12');
    expect(content.permalink).toBe('figures.example.org/s/abcDEF2345');
  });

  it('shows a quote with markup as literal text', () => {
    const content = buildPreview(input());
    if (content.layout !== 'single') throw new Error('expected the single layout');
    expect(content.quote.join(' ')).toBe('“about 6.5 million shells <script>alert("x")</script>”');
  });

  it('shortens a 300-character title to its two lines, and every line fits the image', () => {
    const long = `${'A very long title with <b>markup</b> & “quotes”, '.repeat(8)}`.slice(0, 300);
    const content = buildPreview(input({ title: long }));
    expect(content.title).toHaveLength(2);
    expect(content.title[1]).toMatch(/…$/);
    const { fontSize } = PREVIEW_LAYOUT.single.title;
    for (const line of content.title) expect(textWidth(line, fontSize)).toBeLessThanOrEqual(PREVIEW_CONTENT_WIDTH);
  });

  it('keeps the headline block within its band whatever the length of the data', () => {
    const wordy = figure({
      claimant: { id: 3, name: 'A claimant with a very long name '.repeat(5), organization: 'An organization '.repeat(8) },
      quote: 'q '.repeat(400),
    });
    const content = buildPreview(input({ panels: [panel(SHELLS, [wordy])] }));
    if (content.layout !== 'single') throw new Error('expected the single layout');
    const S = PREVIEW_LAYOUT.single;
    const used =
      S.label.lineHeight +
      content.quantity.length * S.quantity.lineHeight +
      content.detail.length * S.detail.lineHeight +
      content.quote.length * S.quote.lineHeight +
      3 * S.blockGap;
    expect(used).toBeLessThanOrEqual(S.middleHeight);
    expect(content.sources.length).toBeLessThanOrEqual(PREVIEW_LAYOUT.sources.maxLines);
  });

  it('says so when a series has no figures', () => {
    const content = buildPreview(input({ panels: [panel(SHELLS, [])] }));
    if (content.layout !== 'single') throw new Error('expected the single layout');
    expect(content.label).toBe('No figures yet');
    expect(content.chart).toBeNull();
    expect(content.chartNote).toBe('No figures yet');
    expect(content.sources).toEqual(['Sources: none yet.']);
  });
});

describe('buildPreview, several series', () => {
  it('draws up to four tiles and counts the rest', () => {
    const panels = ['a', 'b', 'c', 'd', 'e', 'f'].map((slug, i) =>
      panel({ ...SHELLS, id: i, slug, title: `Series ${slug}` }, [figure({ figureId: i + 1, seriesSlug: slug })]),
    );
    const content = buildPreview(input({ title: 'Six series', panels }));
    if (content.layout !== 'tiles') throw new Error('expected the tiles layout');
    expect(content.tiles.map((t) => t.title.join(' '))).toEqual(['Series a', 'Series b', 'Series c', 'Series d']);
    expect(content.eyebrow).toContain('4 of 6 series shown');
    expect(content.tiles[0].quantity.join(' ')).toBe('about 6.5 million shells');
    expect(content.tiles[0].detail.join(' ')).toMatch(/^since 2023, as of Nov 2025, per Ukraine/);
  });
});

describe('summariseSources', () => {
  const box = { fontSize: 20, width: 1088, maxLines: 2 };

  it('gives the whole source line when it fits', () => {
    expect(summariseSources([figure()], box)).toEqual([
      "Sources: Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR). Published by TSN.ua.",
    ]);
  });

  it('names as many sources as fit and counts the others', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      figure({ figureId: i, claimant: { id: i, name: `Claimant number ${i}`, organization: `Body ${i}` }, publisher: { id: i, name: `Outlet ${i}` } }),
    );
    const lines = summariseSources(many, box);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines.join(' ')).toMatch(/^Sources: Claimant number 0, Body 0; .* and \d+ more\. Published by Outlet 0.* and \d+ more\.$/);
  });
});

describe('displayUrl', () => {
  it('drops the scheme and a trailing slash', () => {
    expect(displayUrl('https://figures.example.org/')).toBe('figures.example.org');
    expect(displayUrl('http://127.0.0.1:3000/series/x?rev=3')).toBe('127.0.0.1:3000/series/x?rev=3');
  });
});
