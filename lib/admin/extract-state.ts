// What the extraction assistant's actions answer its page.
import type { ReviewedCandidate } from '@/lib/extraction/types';

export interface ArticleFields {
  text: string;
  published: string;
  publisher: string;
  url: string;
}

export type ProposeState =
  | { status: 'idle' }
  | { status: 'ok' | 'error'; message: string; article: ArticleFields; candidates: ReviewedCandidate[] };

export type SaveState = { status: 'idle' } | { status: 'ok'; message: string; figureIds: number[] } | { status: 'error'; message: string };
