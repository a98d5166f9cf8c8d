// API tokens for scripts: `sf_` and 43 characters of base64url (256 random bits). Only the token's
// SHA-256 is stored, so a copy of the database does not give anyone a working token; a plain hash is
// enough (no salt, no slow hash) because the token is random, not a password someone chose.
import { createHash, randomBytes } from 'node:crypto';

export const API_TOKEN_PREFIX = 'sf_';
const TOKEN_SHAPE = /^sf_[A-Za-z0-9_-]{43}$/;
/** How much of the token the lists show: the prefix and four characters. */
const START_LENGTH = API_TOKEN_PREFIX.length + 4;
export const MAX_TOKEN_NAME_LENGTH = 100;

export interface NewApiToken {
  token: string;
  hash: string;
  start: string;
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function generateApiToken(): NewApiToken {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashApiToken(token), start: token.slice(0, START_LENGTH) };
}

/** A cheap check before any database lookup: anything else cannot be one of our tokens. */
export function looksLikeApiToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}

/** The label a person gave a token, trimmed; null when it is empty or too long. */
export function parseTokenName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim();
  return name.length > 0 && name.length <= MAX_TOKEN_NAME_LENGTH ? name : null;
}
