// What a curation form's server action answers, for the form to show: nothing yet, done (with a
// message, and a new API token the one time it is shown), or refused with the reason.
export type ActionState =
  | { status: 'idle' }
  | { status: 'ok'; message: string; token?: string }
  | { status: 'error'; message: string };

export const IDLE: ActionState = { status: 'idle' };

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
