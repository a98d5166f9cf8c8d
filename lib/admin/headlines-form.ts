// What the headlines form's server action answers: saved (with the revision the list now stands at),
// refused (with the field that is wrong), or a lost update: someone else set the list since the
// editor opened the page, with their list beside the one it started from.
export type HeadlinesFormState =
  | { status: 'idle' }
  | { status: 'ok'; message: string; revision: number | null }
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; reason: string }
  | { status: 'conflict'; message: string; currentRevision: number; base: string[]; theirs: string[]; reason: string };

export const HEADLINES_FORM_IDLE: HeadlinesFormState = { status: 'idle' };

export type HeadlinesFormAction = (state: HeadlinesFormState, formData: FormData) => Promise<HeadlinesFormState>;
