// The period a figure covers, from the time words of its sentence, resolved against the publication
// date at their own precision: "since 2023" starts in 2023 and ends at publication, "last year" is
// the year before it, "in September" the latest September not after it, "by the end of 2025" ends in
// 2025-12, "over the past three months" starts three months back. compromise-dates resolves such
// phrases towards the future ("in March" after March is next March) and misreads "since the start of
// 2024" and "the first six months of 2023", so the phrases are matched and resolved here, with
// compromise's lexicon for month, weekday and duration words.
import { parsePartialDate } from '@/lib/figures/period';
import { hasTag } from './lexicon';
import { isDurationWord, isMonth, MONTHS } from './numbers';
import type { Sentence, Token } from './tokens';

/** A calendar point at year, month or day precision. */
export interface Point {
  y: number;
  m?: number;
  d?: number;
}

export interface Period {
  start: Point | null;
  end: Point | null;
}

interface TimeExpression {
  first: number;
  last: number;
  period: Period;
  /** "since X": the end is the statement date or publication. */
  openEnd: boolean;
  /** The date of the statement itself ("said on Jan. 15", "In March, prosecutors reported"). */
  statement: boolean;
  /** Resolved from another period of the sentence: "the previous quarter", "the same period last year". */
  relation?: 'previous-quarter' | 'same-last-year';
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };
const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const SPEECH_WORDS = new Set(['said', 'says', 'stated', 'told', 'reported', 'reports', 'announced', 'declared', 'published', 'wrote', 'estimated', 'added', 'revealed', 'confirmed', 'spoke', 'noted', 'claimed']);
const STATEMENT_NOUNS = new Set(['report', 'briefing', 'statement', 'interview', 'speech', 'assessment', 'update', 'address']);
const FULL_SCALE_START: Point = { y: 2022, m: 2, d: 24 };
/** Words that can open a time expression; numbers and month names can too. */
const TRIGGERS = new Set(['since', 'after', 'from', 'began', 'started', 'starting', 'between', 'by', 'until', 'as', 'currently', 'today', 'so', 'to', 'right', 'over', 'in', 'the', 'first', 'second', 'third', 'fourth', 'last', 'same', 'period', 'previous', 'preceding', 'this', 'next', 'coming']);

export function pointToString(point: Point | null): string | null {
  if (!point) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (point.m === undefined) return String(point.y);
  if (point.d === undefined) return `${point.y}-${pad(point.m)}`;
  return `${point.y}-${pad(point.m)}-${pad(point.d)}`;
}

export function parsePublished(published: string | null | undefined): Point | null {
  if (!published) return null;
  const parsed = parsePartialDate(published);
  if (!parsed.ok) return null;
  const [y, m, d] = parsed.value.date.split('-').map(Number);
  if (parsed.value.precision === 'year') return { y };
  if (parsed.value.precision === 'month') return { y, m };
  return { y, m, d };
}

function monthOf(token: Token | undefined): number | null {
  if (!token || !isMonth(token)) return null;
  return MONTHS[token.lower] ?? null;
}

function isYear(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'number' && /^\d{4}$/.test(token.text) && Number(token.text) >= 1900 && Number(token.text) <= 2100;
}

function addMonths(point: { y: number; m: number }, months: number): { y: number; m: number } {
  const index = point.y * 12 + (point.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** The month `month` nearest the publication date: the latest not after it, or (looking ahead) the first not before. */
function monthNear(month: number, published: Point | null, ahead: boolean): Point | null {
  if (!published) return null;
  if (published.m === undefined) return { y: published.y, m: month };
  if (ahead) return { y: month >= published.m ? published.y : published.y + 1, m: month };
  return { y: month <= published.m ? published.y : published.y - 1, m: month };
}

function dayNear(month: number, day: number, published: Point | null, ahead: boolean): Point | null {
  const near = monthNear(month, published, ahead);
  if (!near) return null;
  if (!ahead && published?.m === month && published.d !== undefined && day > published.d) return { y: near.y - 1, m: month, d: day };
  return { ...near, d: day };
}

interface DateRead {
  point: Point | null;
  last: number;
}

/** A date at `i`: "2023", "September", "September 2023", "Feb. 24, 2022", "3 March", "August last year". */
function readDate(tokens: Token[], i: number, published: Point | null, ahead: boolean): DateRead | null {
  const t = tokens[i];
  if (!t) return null;
  if (isYear(t)) return { point: { y: Number(t.text) }, last: i };
  const month = monthOf(t);
  if (month !== null) {
    let j = i;
    if (tokens[j + 1]?.text === '.' && tokens[j + 1].attached) j += 1;
    const dayToken = tokens[j + 1];
    if (dayToken?.kind === 'number' && Number(dayToken.text) >= 1 && Number(dayToken.text) <= 31 && !isYear(dayToken)) {
      const day = Number(dayToken.text);
      let k = j + 1;
      if (tokens[k + 1]?.text === ',' && isYear(tokens[k + 2])) return { point: { y: Number(tokens[k + 2].text), m: month, d: day }, last: k + 2 };
      if (isYear(tokens[k + 1])) return { point: { y: Number(tokens[k + 1].text), m: month, d: day }, last: k + 1 };
      if (tokens[k + 1]?.text === '.' && tokens[k + 1].attached && !/^[A-Z]/.test(tokens[k + 2]?.text ?? 'A')) k += 1;
      return { point: dayNear(month, day, published, ahead), last: k };
    }
    if (isYear(tokens[j + 1])) return { point: { y: Number(tokens[j + 1].text), m: month }, last: j + 1 };
    if (tokens[j + 1]?.lower === 'last' && tokens[j + 2]?.lower === 'year') return { point: published ? { y: published.y - 1, m: month } : null, last: j + 2 };
    return { point: monthNear(month, published, ahead), last: j };
  }
  if (t.kind === 'number' && Number(t.text) >= 1 && Number(t.text) <= 31) {
    const m = monthOf(tokens[i + 1]);
    if (m !== null) {
      if (isYear(tokens[i + 2])) return { point: { y: Number(tokens[i + 2].text), m, d: Number(t.text) }, last: i + 2 };
      return { point: dayNear(m, Number(t.text), published, ahead), last: i + 1 };
    }
  }
  return null;
}

/** "last year", "this month", "next year", "last week", "the year": relative to publication. */
function readRelative(tokens: Token[], i: number, published: Point | null): { period: Period; last: number } | null {
  const word = tokens[i]?.lower;
  const unit = tokens[i + 1]?.lower;
  if (!word || !unit) return null;
  const shift = word === 'last' || word === 'previous' ? -1 : word === 'this' || word === 'the' ? 0 : word === 'next' || word === 'coming' ? 1 : null;
  if (shift === null || !published) return shift === null ? null : /^(?:year|month|week)$/.test(unit) ? { period: { start: null, end: null }, last: i + 1 } : null;
  if (unit === 'year') {
    const year = { y: published.y + shift };
    return { period: { start: year, end: year }, last: i + 1 };
  }
  if (unit === 'month' && published.m !== undefined) {
    const month = addMonths({ y: published.y, m: published.m }, shift);
    return { period: { start: month, end: month }, last: i + 1 };
  }
  if (unit === 'week' && published.d !== undefined && published.m !== undefined) {
    const day = new Date(Date.UTC(published.y, published.m - 1, published.d));
    const monday = new Date(day);
    monday.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) + 7 * shift);
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    const point = (d: Date): Point => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
    return { period: { start: point(monday), end: shift === 0 ? published : point(sunday) }, last: i + 1 };
  }
  return /^(?:year|month|week)$/.test(unit) ? { period: { start: null, end: null }, last: i + 1 } : null;
}

/** "the first six months of 2023", "the first quarter", "the first half of 2024", "the first months of 2024". */
function readPartOfYear(tokens: Token[], i: number, published: Point | null): { period: Period; last: number } | null {
  let j = i;
  if (tokens[j]?.lower === 'the') j += 1;
  const ordinal = ORDINALS[tokens[j]?.lower ?? ''];
  if (!ordinal) return null;
  let months: [number, number] | null = null;
  let k = j + 1;
  const count = COUNTS[tokens[k]?.lower ?? ''] ?? (tokens[k]?.kind === 'number' ? Number(tokens[k].text) : null);
  if (tokens[k]?.lower === 'quarter') months = [(ordinal - 1) * 3 + 1, ordinal * 3];
  else if (tokens[k]?.lower === 'half' && ordinal <= 2) months = ordinal === 1 ? [1, 6] : [7, 12];
  else if (count && /^months?$/.test(tokens[k + 1]?.lower ?? '') && tokens[j].lower === 'first') {
    months = [1, count];
    k += 1;
  } else if (tokens[k]?.lower === 'months' && tokens[j].lower === 'first') {
    months = [1, published?.m ?? 1];
  } else {
    return null;
  }
  let year: number | null = null;
  let last = k;
  if (tokens[k + 1]?.lower === 'of' && isYear(tokens[k + 2])) {
    year = Number(tokens[k + 2].text);
    last = k + 2;
  } else if (tokens[k + 1]?.lower === 'of' && /^(?:the|this)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'year') {
    year = published?.y ?? null;
    last = k + 3;
  } else if (published) {
    // "In the first quarter" without a year: the latest that has ended by publication.
    year = published.m !== undefined && published.m < months[1] ? published.y - 1 : published.y;
  }
  if (year === null) return { period: { start: null, end: null }, last };
  if (tokens[k]?.lower === 'months' && !count && published && published.y !== year) return { period: { start: { y: year, m: 1 }, end: null }, last };
  return { period: { start: { y: year, m: months[0] }, end: { y: year, m: months[1] } }, last };
}

/** The date of the statement rather than of what it counts: "said on Jan. 15", "a November report", "On July 25, X reported that". */
function isStatementDate(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next && STATEMENT_NOUNS.has(next.lower)) return true;
  const before = tokens[first - 1]?.lower === 'on' ? first - 2 : first - 1;
  if (SPEECH_WORDS.has(tokens[before]?.lower ?? '')) return true;
  const opening = first === 0 || (first === 1 && /^(?:on|in)$/.test(tokens[0].lower));
  if (!opening || next?.text !== ',') return false;
  for (let k = last + 2; k < tokens.length && tokens[k].kind !== 'number'; k += 1) if (SPEECH_WORDS.has(tokens[k].lower)) return true;
  return false;
}

function near(tokens: Token[], from: number, to: number, words: Set<string>): boolean {
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i += 1) if (words.has(tokens[i].lower)) return true;
  return false;
}

function pointFromDate(date: Date): Point {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Every time expression of a sentence, resolved. */
function findTimeExpressions(sentence: Sentence, published: Point | null): TimeExpression[] {
  const tokens = sentence.tokens;
  const found: TimeExpression[] = [];
  const push = (first: number, last: number, period: Period, extra: Partial<TimeExpression> = {}) => {
    found.push({ first, last, period, openEnd: false, statement: false, ...extra });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    const lower = t.lower;
    const next = tokens[i + 1];
    if (t.kind === 'symbol' || (t.kind === 'word' && !TRIGGERS.has(lower) && !isMonth(t))) continue;

    if (lower === 'since' || ((lower === 'after' || lower === 'from') && /^(?:launching|the|its)$/.test(next?.lower ?? '') && near(tokens, i, i + 6, new Set(['full-scale'])))) {
      let start: Point | null = null;
      let last = i;
      for (let j = i + 1; j <= i + 9 && j < tokens.length && tokens[j].text !== ','; j += 1) {
        if (tokens[j].lower === 'full-scale' && /^(?:war|invasion)$/.test(tokens[j + 1]?.lower ?? '')) {
          start = FULL_SCALE_START;
          last = j + 1;
          for (let k = last + 1; k <= last + 5 && k < tokens.length; k += 1) if (isYear(tokens[k])) last = k;
          break;
        }
        if (tokens[j].lower === 'last' && tokens[j + 1]?.lower === 'year') {
          start = published ? { y: published.y - 1 } : null;
          last = j + 1;
          break;
        }
        if (tokens[j].lower === 'the' && /^(?:year|month)$/.test(tokens[j + 1]?.lower ?? '') && j > i + 1) {
          start = published ? (tokens[j + 1].lower === 'year' ? { y: published.y } : published.m !== undefined ? { y: published.y, m: published.m } : null) : null;
          last = j + 1;
          break;
        }
        const date = readDate(tokens, j, published, false);
        if (date) {
          start = date.point;
          last = date.last;
          break;
        }
        if (tokens[j].kind === 'number') break;
      }
      if (last > i) {
        push(i, last, { start, end: null }, { openEnd: true });
        i = last;
      }
      continue;
    }
    if ((lower === 'began' || lower === 'started' || lower === 'starting') && next && /^(?:in|on)$/.test(next.lower)) {
      const date = readDate(tokens, i + 2, published, false);
      if (date) {
        push(i, date.last, { start: date.point, end: null });
        i = date.last;
        continue;
      }
    }
    if (lower === 'between' || lower === 'from') {
      const a = readDate(tokens, i + 1, published, false);
      if (a && /^(?:and|to|until)$/.test(tokens[a.last + 1]?.lower ?? '')) {
        const b = readDate(tokens, a.last + 2, published, false);
        if (b) {
          const start = a.point && b.point && a.point.m !== undefined && b.point.m !== undefined && !isYear(tokens[a.last]) && isYear(tokens[b.last]) ? { ...a.point, y: b.point.y } : a.point;
          push(i, b.last, { start, end: b.point });
          i = b.last;
          continue;
        }
      }
    }
    if (lower === 'by' && next?.lower === 'the' && tokens[i + 2]?.lower === 'end' && tokens[i + 3]?.lower === 'of') {
      const target = tokens[i + 4]?.lower === 'the' && tokens[i + 5]?.lower === 'year' ? { point: published ? { y: published.y } : null, last: i + 5 } : readDate(tokens, i + 4, published, true);
      if (target) {
        const end = target.point ? (target.point.m === undefined ? { y: target.point.y, m: 12 } : target.point) : null;
        push(i, target.last, { start: null, end });
        i = target.last;
        continue;
      }
    }
    if (lower === 'by' || lower === 'until') {
      const target = readDate(tokens, i + 1, published, true);
      if (target) {
        push(i, target.last, { start: null, end: target.point });
        i = target.last;
        continue;
      }
    }
    if (lower === 'as' && next?.lower === 'of') {
      if (/^(?:today|now)$/.test(tokens[i + 2]?.lower ?? '')) {
        push(i, i + 2, { start: null, end: published });
        i += 2;
        continue;
      }
      const date = readDate(tokens, i + 2, published, false);
      if (date) {
        push(i, date.last, { start: null, end: date.point });
        i = date.last;
        continue;
      }
    }
    if (/^(?:currently|today)$/.test(lower) || (lower === 'so' && next?.lower === 'far') || (lower === 'to' && next?.lower === 'date') || (lower === 'right' && next?.lower === 'now')) {
      const last = lower === 'so' || lower === 'to' || lower === 'right' ? i + 1 : i;
      push(i, last, { start: null, end: published });
      i = last;
      continue;
    }
    if ((lower === 'over' || lower === 'in') && /^(?:the)$/.test(next?.lower ?? '') && /^(?:past|last)$/.test(tokens[i + 2]?.lower ?? '')) {
      const count = COUNTS[tokens[i + 3]?.lower ?? ''] ?? (tokens[i + 3]?.kind === 'number' ? Number(tokens[i + 3].text) : null);
      const unit = tokens[i + 4]?.lower ?? '';
      if (count && published && isDurationWord(unit)) {
        let start: Point | null = null;
        if (/^months?$/.test(unit) && published.m !== undefined) start = addMonths({ y: published.y, m: published.m }, -count);
        else if (/^years?$/.test(unit)) start = { y: published.y - count };
        else if (/^(?:weeks?|days?)$/.test(unit) && published.d !== undefined && published.m !== undefined) {
          const date = new Date(Date.UTC(published.y, published.m - 1, published.d - count * (/^weeks?$/.test(unit) ? 7 : 1)));
          start = pointFromDate(date);
        }
        push(i, i + 4, { start, end: published });
        i += 4;
        continue;
      }
    }
    const part = readPartOfYear(tokens, i, published);
    if (part) {
      push(i, part.last, part.period);
      i = part.last;
      continue;
    }
    if ((lower === 'same' || lower === 'period') && next?.lower === 'period' && tokens[i + 2]?.lower === 'last' && tokens[i + 3]?.lower === 'year') {
      push(i, i + 3, { start: null, end: null }, { relation: 'same-last-year' });
      i += 3;
      continue;
    }
    if (/^(?:previous|preceding)$/.test(lower) && next?.lower === 'quarter') {
      const ofYear = tokens[i + 2]?.lower === 'of' && /^(?:this|the)$/.test(tokens[i + 3]?.lower ?? '') && tokens[i + 4]?.lower === 'year';
      push(i, ofYear ? i + 4 : i + 1, previousQuarter(published), { relation: 'previous-quarter' });
      i += ofYear ? 4 : 1;
      continue;
    }
    const relative = readRelative(tokens, i, published);
    if (relative && !(lower === 'the' && tokens[i + 1]?.lower === 'year')) {
      push(i, relative.last, relative.period);
      i = relative.last;
      continue;
    }
    const date = readDate(tokens, i, published, near(tokens, i - 3, i - 1, new Set(['will', 'to', 'expected', 'plans', 'planned', 'next'])));
    if (date) {
      // A year used as an adjective is not a period: "the 2024 treaty", "a 2023 paper".
      if (isYear(t) && date.last === i && tokens[i + 1]?.kind === 'word' && !/^(?:and|to|or)$/.test(tokens[i + 1].lower) && hasTag(tokens[i + 1].lower, 'Singular') && /^(?:the|a|an|its|their|his|her)$/.test(tokens[i - 1]?.lower ?? '')) {
        continue;
      }
      // "2024–2026", "July to September", "in January and February": two ends.
      const link = tokens[date.last + 1];
      const second = link && (/^(?:to|and|-|–)$/.test(link.lower)) ? readDate(tokens, date.last + 2, published, false) : null;
      const statement = isStatementDate(tokens, i, date.last);
      if (second?.point && date.point && (second.point.m === undefined) === (date.point.m === undefined)) {
        const start = date.point.m !== undefined && date.point.y !== second.point.y && !isYear(tokens[date.last]) ? { ...date.point, y: second.point.y } : date.point;
        push(i, second.last, { start, end: second.point });
        i = second.last;
        continue;
      }
      push(i, date.last, statement ? { start: null, end: date.point } : { start: date.point, end: date.point }, { statement });
      i = date.last;
    }
  }
  resolveRelativeToOthers(found);
  return found;
}

/** The quarter before the one the publication date falls in. */
function previousQuarter(published: Point | null): Period {
  if (!published || published.m === undefined) return { start: null, end: null };
  const start = addMonths({ y: published.y, m: Math.floor((published.m - 1) / 3) * 3 + 1 }, -3);
  return { start, end: addMonths(start, 2) };
}

/** "the previous quarter" after "the first three months of the year"; "the same period last year". */
function resolveRelativeToOthers(found: TimeExpression[]): void {
  const anchor = found.find((e) => e.period.start?.m !== undefined && e.period.end?.m !== undefined);
  for (const expression of found) {
    if (!anchor || anchor === expression || !expression.relation) continue;
    const start = anchor.period.start as { y: number; m: number };
    const end = anchor.period.end as { y: number; m: number };
    if (expression.relation === 'same-last-year') expression.period = { start: { y: start.y - 1, m: start.m }, end: { y: end.y - 1, m: end.m } };
    if (expression.relation === 'previous-quarter') {
      const quarterStart = addMonths({ y: start.y, m: Math.floor((start.m - 1) / 3) * 3 + 1 }, -3);
      expression.period = { start: quarterStart, end: addMonths(quarterStart, 2) };
    }
  }
}

export interface SentencePeriods {
  /** The period of the figure whose number is at this token. */
  periodAt(at: number): Period;
}

const COMMA_COST = 6;

/** Where a figure is in its sentence: its first and last token. */
export interface FigureSpan {
  first: number;
  last: number;
}

const CONNECTORS = new Set(['to', 'of', 'the', 'from', 'and', 'or', '(', ')', ',']);

/**
 * Periods for the figures of one sentence: the nearest time expression, resolved. Words after a
 * figure belong to the nearest figure before them ("14,000 troops, among them 3,000 reinforcements who
 * arrived this year"), so a figure in between keeps them from an earlier one, unless the two are one
 * phrase ("rose 9% to 4.3 billion", "1,080 tons of the 13,500 tons", "300 killed and 2,700 wounded").
 * Words before the figures, and "since" phrases, cover all of them.
 */
export function periodsOf(sentence: Sentence, published: Point | null, figures: readonly FigureSpan[]): SentencePeriods {
  const expressions = findTimeExpressions(sentence, published);
  const statement = expressions.find((e) => e.statement)?.period.end ?? null;
  const commasBetween = (a: number, b: number) => {
    let count = 0;
    for (let i = Math.min(a, b); i < Math.max(a, b); i += 1) if (sentence.tokens[i].text === ',') count += 1;
    return count;
  };
  const connected = (a: FigureSpan, b: FigureSpan) => {
    for (let i = a.last + 1; i < b.first; i += 1) if (!CONNECTORS.has(sentence.tokens[i].lower)) return false;
    return true;
  };
  /** The first figure after the one at `index` that is not part of its phrase, or null. */
  const blockerAfter = (index: number): FigureSpan | null => {
    for (let k = index + 1; k < figures.length; k += 1) if (!connected(figures[k - 1], figures[k])) return figures[k];
    return null;
  };
  return {
    periodAt(at: number): Period {
      const index = figures.findIndex((f) => f.first <= at && at <= f.last);
      const blocker = index >= 0 ? blockerAfter(index) : null;
      let best: TimeExpression | null = null;
      let bestCost = Infinity;
      for (const e of expressions) {
        if (e.statement) continue;
        if (e.first > at && !e.openEnd && blocker && blocker.first < e.first) continue;
        const distance = at < e.first ? e.first - at : at > e.last ? at - e.last : 0;
        const cost = distance + COMMA_COST * commasBetween(at, at < e.first ? e.first : e.last);
        if (cost < bestCost) {
          best = e;
          bestCost = cost;
        }
      }
      if (!best) return { start: null, end: statement };
      if (best.openEnd) return { start: best.period.start, end: best.period.start ? (statement ?? published) : null };
      return best.period;
    },
  };
}
