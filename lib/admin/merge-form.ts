// What a merge form's server action answers: the choice to review (or refused, with the field that
// is wrong), the confirmation step with how many figures will move, or done.
export interface MergeChoice {
  fromId: string;
  intoId: string;
}

export type MergeFormState =
  | { status: 'idle'; values?: MergeChoice; reason?: string }
  | { status: 'ok'; message: string }
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; values: MergeChoice; reason: string }
  | { status: 'confirm'; values: MergeChoice; reason: string; fromName: string; intoName: string; figures: number };

export const MERGE_FORM_IDLE: MergeFormState = { status: 'idle' };

export type MergeFormAction = (state: MergeFormState, formData: FormData) => Promise<MergeFormState>;

/** A claimant or publisher as the merge form names it. */
export function partyLabel(party: { name: string; organization?: string | null }): string {
  return party.organization && party.organization !== party.name ? `${party.name} (${party.organization})` : party.name;
}
