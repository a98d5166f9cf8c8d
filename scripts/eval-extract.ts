// npm run eval:extract [-- --split dev|test] [--no-misses] [--no-reference]
// Scores lib/extraction against the labelled paragraphs of tests/fixtures/extraction and lists what it
// got wrong. Exits with 1 when a score is below its target.
import { parseArgs } from 'node:util';
import { evaluate, shortfalls, TARGETS, type EvaluationReport, type LabelledParagraph } from '@/lib/extraction/evaluation';
import { extractFigures } from '@/lib/extraction/extract';
import { readLabelledSet } from '@/lib/extraction/labelled-set';
import { run } from './cli';

const pct = (n: number) => n.toFixed(3);

function row(name: string, report: EvaluationReport): string[] {
  return [
    name, String(report.paragraphs), String(report.labelled), String(report.found),
    pct(report.value.precision), pct(report.value.recall), pct(report.value.f1),
    pct(report.valueUnit.precision), pct(report.valueUnit.recall), pct(report.valueUnit.f1),
    pct(report.qualifier.rate), pct(report.bounds.rate), pct(report.claimant.rate), pct(report.period.rate),
    pct(report.via.rate), pct(report.quote.rate), pct(report.series.rate),
  ];
}

function table(rows: string[][]): string {
  const header = ['split', 'paragraphs', 'labelled', 'found', 'value P', 'value R', 'value F1', 'v+unit P', 'v+unit R', 'v+unit F1', 'qualifier', 'bounds', 'claimant', 'period', 'via', 'quote', 'series'];
  const widths = header.map((h, i) => rows.reduce((width, r) => Math.max(width, r[i].length), h.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

run(async () => {
  const { values } = parseArgs({ options: { split: { type: 'string' }, 'no-misses': { type: 'boolean', default: false }, 'no-reference': { type: 'boolean', default: false } } });
  if (values.split && values.split !== 'dev' && values.split !== 'test') throw new Error('--split is dev or test');
  const set = readLabelledSet();
  const series = values['no-reference'] ? [] : set.series;
  const claimants = values['no-reference'] ? [] : set.claimants;
  const extract = (p: LabelledParagraph) => extractFigures(p.text, { published: p.published, series, claimants });
  const chosen = values.split ? set.paragraphs.filter((p) => p.split === values.split) : set.paragraphs;
  const whole = evaluate(chosen, extract, set.claimants);
  const rows = values.split
    ? [row(values.split, whole)]
    : [row('dev', evaluate(set.paragraphs.filter((p) => p.split === 'dev'), extract, set.claimants)), row('test', evaluate(set.paragraphs.filter((p) => p.split === 'test'), extract, set.claimants)), row('all', whole)];
  console.log(`Figure extraction against tests/fixtures/extraction${values['no-reference'] ? ', without reference series or claimants' : ''}`);
  console.log(`command: npm run eval:extract${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\n`);
  console.log(table(rows));
  console.log(`\nTargets: value F1 >= ${TARGETS.valueF1}, value+unit F1 >= ${TARGETS.valueUnitF1}, qualifier >= ${TARGETS.qualifier}, claimant >= ${TARGETS.claimant}, period >= ${TARGETS.period}.`);
  console.log('Qualifier, bounds, claimant, period, via, quote and series are accuracies on the figures found; via, quote and series are not targets.');
  if (!values['no-misses']) {
    console.log(`\nMisses (${whole.misses.length}):`);
    for (const m of whole.misses) console.log(`  ${m.paragraph.padEnd(9)} ${m.kind.padEnd(9)} ${String(m.value).padStart(12)}  expected ${m.expected}; got ${m.got}`);
  }
  const short = shortfalls(whole);
  if (short.length > 0) {
    console.log(`\nBelow target: ${short.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll targets met.');
  }
});
