import { figure } from '@/tests/factories/figures';
import { packFigures, unpackFigures } from './explorer-wire';
import type { FigureView } from './types';

const everyField = figure({
  figureId: 7,
  versionId: 12,
  version: 2,
  value: '12.5',
  qualifier: 'range',
  valueLow: '10',
  valueHigh: '15',
  periodStart: { date: '2024-10-01', precision: 'month' },
  periodEnd: { date: '2025-01-15', precision: 'day' },
  via: 'Yonhap',
  url: 'https://example.org/report',
  publicationTitle: 'A report',
  publishedOn: { date: '2025-01-20', precision: 'day' },
  quote: '“between 10 and 15”',
  note: 'A note',
  revision: 3,
});
const noOptionalFields = figure({ figureId: 8, versionId: 13, periodStart: null, periodEnd: null, publishedOn: null });
const otherSources = figure({
  figureId: 9,
  versionId: 14,
  claimant: { id: 2, name: 'National Intelligence Service', organization: 'South Korea' },
  publisher: { id: 2, name: 'Yonhap' },
});
const figures: FigureView[] = [everyField, noOptionalFields, otherSources, figure({ figureId: 10, versionId: 15 })];

describe('packFigures', () => {
  it('is undone exactly by unpackFigures, nulls included', () => {
    expect(unpackFigures(packFigures(figures))).toEqual(figures);
  });

  it('survives the trip to the browser as JSON', () => {
    expect(unpackFigures(JSON.parse(JSON.stringify(packFigures(figures))))).toEqual(figures);
  });

  it('gives the figures of one claimant or publisher one shared object, as the query does', () => {
    const [, second, , fourth] = unpackFigures(packFigures(figures));
    expect(second.claimant).toBe(fourth.claimant);
    expect(second.publisher).toBe(fourth.publisher);
  });

  it('writes each string once and is much smaller than the objects', () => {
    const many = Array.from({ length: 100 }, (_, i) => figure({ figureId: i, versionId: i, value: String(1000 + i) }));
    const packed = packFigures(many);
    expect(packed.strings.filter((s) => s === 'TSN.ua')).toHaveLength(1);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(many).length * 0.3);
  });
});
