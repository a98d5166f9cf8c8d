'use client';

// Import in the browser: choose the CSV files, check them (a dry run that writes nothing: counts, each
// problem by row and column, each correction field by field), then import them with a reason as one
// revision. Both go to the write API (POST /api/v1/imports) with the editor's session, which streams
// its progress; the bar shows the upload, then each step on the server.
import { useRef, useState } from 'react';
import { changeText } from '@/lib/admin/figure-form';
import { describeProgress, ndjsonReader, type UploadProgress } from '@/lib/admin/import-progress';
import type { DryRunReport, ImportIssues, ImportOutcome } from '@/lib/importer/upload';
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from './styles';

export interface ImportUploadProps {
  maxBytes: number;
}

interface ApiFailure {
  code: string;
  message: string;
  details?: unknown;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'running'; dryRun: boolean; progress: UploadProgress }
  | { kind: 'previewed' }
  | { kind: 'imported'; outcome: ImportOutcome }
  | { kind: 'failed'; failure: ApiFailure };

const TABLES = [
  { name: 'figures', label: 'Figures file', hint: 'series, value, qualifier, claimant, publisher, … as the CLI reads them' },
  { name: 'series', label: 'Series file', hint: 'slug, title, unit, topic, kind, description' },
  { name: 'events', label: 'Events file', hint: 'slug, date, title, description, topics, source, url' },
] as const;

const SUMMARY_ROWS: { key: keyof DryRunReport['summary']; label: string }[] = [
  { key: 'figuresCreated', label: 'Figures created' },
  { key: 'figuresCorrected', label: 'Figures corrected' },
  { key: 'figuresUnchanged', label: 'Figures unchanged' },
  { key: 'figuresRetired', label: 'Figures retired' },
  { key: 'seriesCreated', label: 'Series created' },
  { key: 'seriesUpdated', label: 'Series updated' },
  { key: 'eventsWritten', label: 'Events created or corrected' },
];

const COUNT = new Intl.NumberFormat('en-GB');

/** Sends the form to the import endpoint, reporting progress; resolves with the result or the API's error. */
function send(form: FormData, dryRun: boolean, onProgress: (progress: UploadProgress) => void): Promise<{ result?: unknown; error?: ApiFailure }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const read = ndjsonReader();
    let outcome: { result?: unknown; error?: ApiFailure } | null = null;
    const consume = () => {
      for (const line of read(xhr.responseText) as { progress?: UploadProgress; result?: unknown; error?: ApiFailure }[]) {
        if (line.progress) onProgress(line.progress);
        else outcome = line;
      }
    };
    xhr.open('POST', `/api/v1/imports${dryRun ? '?dry_run=1' : ''}`);
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    xhr.upload.onprogress = (event) => onProgress({ phase: 'uploading', bytes: event.loaded, totalBytes: event.lengthComputable ? event.total : 0 });
    xhr.onprogress = () => {
      if (xhr.status === 200) consume();
    };
    xhr.onload = () => {
      if (xhr.status === 200) {
        consume();
        resolve(outcome ?? { error: { code: 'internal_error', message: 'The server stopped before it said how the import ended. Check the corrections log before trying again.' } });
        return;
      }
      try {
        resolve({ error: (JSON.parse(xhr.responseText) as { error: ApiFailure }).error });
      } catch {
        resolve({ error: { code: 'internal_error', message: `The server answered ${xhr.status}; nothing was imported.` } });
      }
    };
    xhr.onerror = () => resolve({ error: { code: 'network', message: 'The connection failed before the server answered; nothing was imported. Try again.' } });
    xhr.send(form);
  });
}

function isImportIssues(details: unknown): details is ImportIssues {
  return typeof details === 'object' && details !== null && 'file' in details && Array.isArray((details as ImportIssues).issues);
}

function Problems({ failure }: { failure: ApiFailure }) {
  const issues = isImportIssues(failure.details) ? failure.details : null;
  return (
    <div role="alert" data-testid="import-failure" className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <p className="font-medium">{failure.message}</p>
      {issues && (
        <div className="overflow-x-auto">
          <table data-testid="import-problems" className="w-full border-collapse text-left">
            <caption className="text-left">
              {issues.file}: {COUNT.format(issues.total)} problem{issues.total === 1 ? '' : 's'}
              {issues.total > issues.issues.length ? `, the first ${COUNT.format(issues.issues.length)} listed` : ''}. Nothing was imported.
            </caption>
            <thead>
              <tr>
                <th scope="col" className="pr-3">Row</th>
                <th scope="col" className="pr-3">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {issues.issues.map((issue, i) => (
                <tr key={i} data-testid="import-problem">
                  <td className="pr-3 align-top tabular-nums">{issue.row ?? '—'}</td>
                  <td className="pr-3 align-top">{issue.column ?? '—'}</td>
                  <td className="align-top">{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Preview({ report }: { report: DryRunReport }) {
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h2 id="preview-heading" tabIndex={-1} className="text-lg font-semibold focus-visible:outline-2 focus-visible:outline-sky-600">
        What the import would do
      </h2>
      <table data-testid="import-summary" className="text-sm">
        <tbody>
          {SUMMARY_ROWS.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row" className="pr-6 text-left font-normal text-zinc-700 dark:text-zinc-300">
                {row.label}
              </th>
              <td className="text-right tabular-nums font-medium">{COUNT.format(report.summary[row.key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.correctionsTotal > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">
            Corrections and retirements ({COUNT.format(report.correctionsTotal)}
            {report.correctionsTotal > report.corrections.length ? `, the first ${COUNT.format(report.corrections.length)} shown` : ''})
          </h3>
          <ul className="space-y-2">
            {report.corrections.map((correction) => (
              <li key={correction.figureId} data-testid="import-correction" className="rounded-md border border-zinc-300 p-2 text-sm dark:border-zinc-700">
                <p>
                  <a href={`/figures/${correction.figureId}`} className="font-medium underline focus-visible:outline-2 focus-visible:outline-sky-600">
                    Figure #{correction.figureId}
                  </a>{' '}
                  by {correction.claimant} in {correction.publisher}: {correction.change === 'retired' ? 'retired (the figures file no longer has it)' : 'corrected'}
                </p>
                {correction.changes.length > 0 && (
                  <table className="mt-1 w-full border-collapse text-left">
                    <thead className="text-xs text-zinc-600 dark:text-zinc-400">
                      <tr>
                        <th scope="col" className="pr-3">Field</th>
                        <th scope="col" className="pr-3">Now</th>
                        <th scope="col">After the import</th>
                      </tr>
                    </thead>
                    <tbody>
                      {correction.changes.map((change) => (
                        <tr key={change.field} data-field={change.field}>
                          <th scope="row" className="pr-3 align-top font-normal">{change.field}</th>
                          <td className="pr-3 align-top"><del>{changeText(change.from) || '(none)'}</del></td>
                          <td className="align-top"><ins className="no-underline font-medium">{changeText(change.to) || '(none)'}</ins></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export function ImportUpload({ maxBytes }: ImportUploadProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  // The last dry run of the files chosen: the import needs one, and a new choice of files drops it.
  const [preview, setPreview] = useState<DryRunReport | null>(null);
  const running = stage.kind === 'running';

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.querySelector<HTMLElement>('h2, [role="alert"]')?.focus());

  async function run(dryRun: boolean) {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const files = TABLES.flatMap((t) => {
      const file = data.get(t.name);
      return file instanceof File && file.size > 0 ? [file] : [];
    });
    for (const t of TABLES) {
      const file = data.get(t.name);
      if (!(file instanceof File) || file.size === 0) data.delete(t.name);
    }
    if (dryRun) data.delete('reason');
    const failed = (failure: ApiFailure) => {
      if (dryRun) setPreview(null);
      setStage({ kind: 'failed', failure });
      focusResult();
    };
    if (files.length === 0) return failed({ code: 'invalid_body', message: 'Choose at least one file: figures, series or events.' });
    const size = files.reduce((sum, file) => sum + file.size, 0);
    if (size > maxBytes) {
      return failed({ code: 'body_too_large', message: `The files come to ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${maxBytes / 1024 / 1024} MB one import takes. Split the figures file (by series, say) and import the parts one after the other.` });
    }
    setStage({ kind: 'running', dryRun, progress: { phase: 'uploading', bytes: 0, totalBytes: size } });
    const answer = await send(data, dryRun, (progress) => setStage({ kind: 'running', dryRun, progress }));
    if (answer.error) return failed(answer.error);
    if (dryRun) {
      setPreview(answer.result as DryRunReport);
      setStage({ kind: 'previewed' });
    } else {
      setPreview(null);
      setStage({ kind: 'imported', outcome: answer.result as ImportOutcome });
    }
    focusResult();
  }

  const progress = stage.kind === 'running' ? describeProgress(stage.progress, stage.dryRun) : null;
  return (
    <div className="space-y-6">
      <form
        ref={formRef}
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void run(!preview);
        }}
        onChange={(event) => {
          // New files need a new check before they can be imported.
          const target: EventTarget = event.target;
          if (target instanceof HTMLInputElement && (target.type === 'file' || target.name === 'retire_missing') && !running) {
            setPreview(null);
            setStage({ kind: 'idle' });
          }
        }}
      >
        <fieldset className="space-y-3" disabled={running}>
          <legend className="sr-only">Files</legend>
          {TABLES.map((t) => (
            <div key={t.name}>
              <label htmlFor={`file-${t.name}`} className={labelClass}>
                {t.label}
              </label>
              <input
                id={`file-${t.name}`}
                name={t.name}
                type="file"
                accept=".csv,text/csv"
                aria-describedby={`file-${t.name}-hint`}
                className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-zinc-100 file:px-2 file:py-1 dark:file:bg-zinc-800`}
              />
              <p id={`file-${t.name}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                {t.hint}
              </p>
            </div>
          ))}
          <div className="flex items-start gap-2">
            <input id="retire-missing" name="retire_missing" type="checkbox" value="1" className="mt-1 focus-visible:outline-2 focus-visible:outline-sky-600" />
            <label htmlFor="retire-missing" className="text-sm text-zinc-800 dark:text-zinc-200">
              The figures file is complete for its series: retire their figures it leaves out
            </label>
          </div>
        </fieldset>
        {preview && (
          <div>
            <label htmlFor="import-reason" className={labelClass}>
              Reason (shown in the public corrections log)
            </label>
            <textarea id="import-reason" name="reason" required maxLength={2000} rows={2} disabled={running} className={inputClass} />
          </div>
        )}
        <div className="flex flex-wrap gap-3">
          {preview ? (
            <>
              <button type="submit" className={primaryButtonClass} disabled={running}>
                Import as one revision
              </button>
              <button type="button" className={secondaryButtonClass} disabled={running} onClick={() => void run(true)}>
                Check again
              </button>
            </>
          ) : (
            <button type="submit" className={primaryButtonClass} disabled={running}>
              Check the files
            </button>
          )}
        </div>
      </form>

      <div role="status" aria-live="polite" className="space-y-1">
        {progress && (
          <>
            <label htmlFor="import-progress" className="block text-sm text-zinc-800 dark:text-zinc-200" data-testid="import-progress-label">
              {progress.label}
            </label>
            <progress id="import-progress" data-testid="import-progress" className="h-2 w-full accent-sky-600" max={1} {...(progress.fraction === null ? {} : { value: progress.fraction })} />
          </>
        )}
      </div>

      <div ref={resultRef} className="space-y-4">
        {stage.kind === 'failed' && <Problems failure={stage.failure} />}
        {preview && stage.kind !== 'running' && <Preview report={preview} />}
        {stage.kind === 'imported' && (
          <section aria-labelledby="imported-heading" data-testid="import-done" className="space-y-1 text-sm">
            <h2 id="imported-heading" tabIndex={-1} className="text-lg font-semibold focus-visible:outline-2 focus-visible:outline-sky-600">
              {stage.outcome.revision === null ? 'Nothing to import' : `Imported as revision ${stage.outcome.revision}`}
            </h2>
            <p>
              {COUNT.format(stage.outcome.summary.figuresCreated)} figures created, {COUNT.format(stage.outcome.summary.figuresCorrected)} corrected,{' '}
              {COUNT.format(stage.outcome.summary.figuresRetired)} retired, {COUNT.format(stage.outcome.summary.figuresUnchanged)} unchanged.
            </p>
            {stage.outcome.revision !== null && (
              <p>
                <a href={`/changes/${stage.outcome.revision}`} className="underline focus-visible:outline-2 focus-visible:outline-sky-600">
                  See the revision in the corrections log
                </a>
              </p>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
