// What text may contain, for every field of every write (CSV rows, forms, the API). PostgreSQL cannot
// store a NUL byte at all, and other control characters are invisible garbage that breaks exports and
// pages; a lone surrogate is not text. Tab and line breaks are allowed only in fields that hold prose.

export interface TextRule {
  /** Prose fields (quote, note, description) may hold tabs and line breaks. */
  multiline: boolean;
}

// Anything the loop below might refuse; most text has none of it, and then one regex test decides.
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/;

function describe(code: number): string {
  if (code === 0) return 'a NUL byte';
  if (code === 0x0a || code === 0x0d) return 'a line break';
  if (code === 0x09) return 'a tab';
  return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function disallowed(code: number, multiline: boolean): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return !multiline;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

/** Why the text cannot be stored, naming the first bad character and where it is; null when it is fine. */
export function textProblem(text: string, rule: TextRule): string | null {
  if (!SUSPECT.test(text)) return null;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const pair = code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) {
        i += 1;
        continue;
      }
      return `contains an unpaired surrogate (not valid text) at character ${i + 1}`;
    }
    if (disallowed(code, rule.multiline)) {
      return `contains ${describe(code)} at character ${i + 1}; remove it`;
    }
  }
  return null;
}
