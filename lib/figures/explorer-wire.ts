// The explorer's figures as they travel to the browser, which builds the charts, tables and ledger
// from them (components/explorer/explorer-results.tsx). A view of 20 series holds 2,000 figures; as
// objects with named fields and nested claimants and publishers that is about 600 bytes a figure,
// most of it field names and the same names, dates and precisions over and over. Packed, a figure is
// one array of numbers that index a table of the view's strings. packFigures and unpackFigures are
// exact inverses (see the test), so the browser works on precisely the figures the server read.
import type { FigureView, PartialDate } from './types';

export interface PackedFigures {
  /** Every string the figures use, once; figures refer to them by index. */
  strings: string[];
  figures: number[][];
}

const NONE = -1;

// Positions in a packed figure.
const [
  FIGURE,
  VERSION_ID,
  VERSION,
  SERIES,
  VALUE,
  QUALIFIER,
  LOW,
  HIGH,
  START,
  START_PRECISION,
  END,
  END_PRECISION,
  CLAIMANT_ID,
  CLAIMANT_NAME,
  CLAIMANT_ORGANIZATION,
  VIA,
  PUBLISHER_ID,
  PUBLISHER_NAME,
  URL,
  TITLE,
  PUBLISHED,
  PUBLISHED_PRECISION,
  QUOTE,
  NOTE,
  REVISION,
] = Array.from({ length: 25 }, (_, i) => i);

export function packFigures(figures: FigureView[]): PackedFigures {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (text: string | null | undefined): number => {
    if (text === null || text === undefined) return NONE;
    let index = indexOf.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  const packed = figures.map((f) => [
    f.figureId,
    f.versionId,
    f.version,
    intern(f.seriesSlug),
    intern(f.value),
    intern(f.qualifier),
    intern(f.valueLow),
    intern(f.valueHigh),
    intern(f.periodStart?.date),
    intern(f.periodStart?.precision),
    intern(f.periodEnd?.date),
    intern(f.periodEnd?.precision),
    f.claimant.id,
    intern(f.claimant.name),
    intern(f.claimant.organization),
    intern(f.via),
    f.publisher.id,
    intern(f.publisher.name),
    intern(f.url),
    intern(f.publicationTitle),
    intern(f.publishedOn?.date),
    intern(f.publishedOn?.precision),
    intern(f.quote),
    intern(f.note),
    f.revision,
  ]);
  return { strings, figures: packed };
}

export function unpackFigures({ strings, figures }: PackedFigures): FigureView[] {
  const text = (index: number): string | null => (index === NONE ? null : strings[index]);
  const date = (row: number[], at: number, precision: number): PartialDate | null =>
    row[at] === NONE ? null : { date: strings[row[at]], precision: strings[row[precision]] as PartialDate['precision'] };
  // One object per claimant and publisher, shared by their figures, as the server's were.
  const claimants = new Map<number, FigureView['claimant']>();
  const publishers = new Map<number, FigureView['publisher']>();
  return figures.map((row) => {
    let claimant = claimants.get(row[CLAIMANT_ID]);
    if (!claimant) {
      claimant = { id: row[CLAIMANT_ID], name: strings[row[CLAIMANT_NAME]], organization: strings[row[CLAIMANT_ORGANIZATION]] };
      claimants.set(claimant.id, claimant);
    }
    let publisher = publishers.get(row[PUBLISHER_ID]);
    if (!publisher) {
      publisher = { id: row[PUBLISHER_ID], name: strings[row[PUBLISHER_NAME]] };
      publishers.set(publisher.id, publisher);
    }
    return {
      figureId: row[FIGURE],
      versionId: row[VERSION_ID],
      version: row[VERSION],
      seriesSlug: strings[row[SERIES]],
      value: strings[row[VALUE]],
      qualifier: strings[row[QUALIFIER]] as FigureView['qualifier'],
      valueLow: text(row[LOW]),
      valueHigh: text(row[HIGH]),
      periodStart: date(row, START, START_PRECISION),
      periodEnd: date(row, END, END_PRECISION),
      claimant,
      via: text(row[VIA]),
      publisher,
      url: text(row[URL]),
      publicationTitle: text(row[TITLE]),
      publishedOn: date(row, PUBLISHED, PUBLISHED_PRECISION),
      quote: text(row[QUOTE]),
      note: text(row[NOTE]),
      revision: row[REVISION],
    };
  });
}
