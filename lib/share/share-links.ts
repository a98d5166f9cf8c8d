// The links the share toolbar hands out, built from a view's path and its query (as the one URL state
// serializer writes it, lib/view-state.ts). Pure, so the toolbar, the embed dialog and the tests agree.
import { VIEW_STATE_VERSION } from '@/lib/view-state';

export interface SharedView {
  /** The page: `/`, `/explore` or `/series/<slug>`. */
  path: string;
  /** The view's state without rev= and without "?", e.g. `s=troops-deployed&from=2024`; empty for none. */
  query: string;
}

/** The query with a revision pinned (or not), written the way serializeViewState orders it. */
export function queryWithRev(query: string, rev: number | null): string {
  return [query, rev === null ? '' : `rev=${rev}`].filter(Boolean).join('&');
}

/**
 * The view's address to hand out. A link that carries state also carries the URL format's version
 * (v=), so that it is read the same way after the format changes (lib/view-state.ts migrates it).
 */
export function shareHref(view: SharedView, rev: number | null): string {
  const query = queryWithRev(view.query, rev);
  return query ? `${view.path}?${query}&v=${VIEW_STATE_VERSION}` : view.path;
}

/** A path with extra query parameters, whether or not it already has some. */
export function withQuery(href: string, query: string): string {
  if (!query) return href;
  return `${href}${href.includes('?') ? '&' : '?'}${query}`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** The message an embed posts to the page that frames it, with its height in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = 'sourced-figures:embed-height';

export interface EmbedSnippetInput {
  /** The embed's absolute URL. */
  src: string;
  /** What the frame shows, for screen readers: the view's title. */
  title: string;
  /** Height before the embed reports its own, in CSS pixels. */
  height: number;
  /** Add the script that resizes the frame to its content; without it the frame keeps `height`. */
  resize: boolean;
}

/**
 * The HTML to paste into an article: an iframe that fills the column, and a small script that sets
 * its height to what the embed reports (only from the embed's own origin and frame). Everything that
 * comes from the data or the address is escaped for its context.
 */
export function embedSnippet({ src, title, height, resize }: EmbedSnippetInput): string {
  const iframe =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}"` +
    ` style="width:100%;max-width:100%;border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  if (!resize) return iframe;
  // JSON is valid JavaScript; "<" is escaped so that no value can close the script element.
  const js = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');
  const origin = new URL(src).origin;
  const script =
    `<script>(function(){var f=document.currentScript&&document.currentScript.previousElementSibling;if(!f)return;` +
    `window.addEventListener("message",function(e){if(e.origin!==${js(origin)}||e.source!==f.contentWindow||!e.data||` +
    `e.data.type!==${js(EMBED_HEIGHT_MESSAGE)})return;var h=Math.ceil(Number(e.data.height));` +
    `if(h>0&&h<20000)f.style.height=h+"px";});})();</script>`;
  return `${iframe}\n${script}`;
}
