// What a refused save shows, on every curation form: someone else saved the record since the form
// was opened, and what they changed, field by field, beside what this editor sent.
import type { ConflictRow } from '@/lib/admin/record-form';

export interface ConflictNoticeProps {
  /** What was saved: "figure", "series", "event"; it also names the section's id ("figure-conflict"). */
  noun: string;
  message: string;
  currentVersion: number;
  changes: ConflictRow[];
}

export function ConflictNotice({ noun, message, currentVersion, changes }: ConflictNoticeProps) {
  return (
    <section aria-labelledby={`${noun}-conflict-heading`} className="rounded-md border border-amber-600 p-3" tabIndex={-1} id={`${noun}-conflict`}>
      <h2 id={`${noun}-conflict-heading`} className="font-semibold">
        Someone else saved this {noun} since you opened it (now version {currentVersion})
      </h2>
      <p className="text-sm">{message} Your values are still in the form: check them and save again to apply them to the new version.</p>
      {changes.length > 0 ? (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">What the other person changed</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">Theirs (saved)</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{change.field}</th>
                <td>{change.base}</td>
                <td>{change.theirs}</td>
                <td>{change.yours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
