// An Atom 1.0 feed (RFC 4287) as text. Every value from the data goes through escapeXml, in element
// text and in attributes alike, and characters XML 1.0 cannot carry at all are dropped, so a reason
// or an author name can never break the document or add markup to it.
import { escapeXml } from '@/lib/xml';

export interface AtomLink {
  href: string;
  rel?: 'self' | 'alternate';
  type?: string;
}

export interface AtomEntry {
  /** A permanent, absolute IRI. */
  id: string;
  title: string;
  updated: Date;
  author: string;
  link: string;
  /** Plain text. */
  content: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: Date;
  author: string;
  links: AtomLink[];
  entries: AtomEntry[];
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

function link({ href, rel, type }: AtomLink): string {
  const attributes = [rel ? ` rel="${escapeXml(rel)}"` : '', ` href="${escapeXml(href)}"`, type ? ` type="${escapeXml(type)}"` : ''];
  return `<link${attributes.join('')}/>`;
}

function entry(e: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', e.id)}`,
    `    ${element('title', e.title, ' type="text"')}`,
    `    ${element('updated', e.updated.toISOString())}`,
    `    <author>${element('name', e.author)}</author>`,
    `    ${link({ href: e.link, rel: 'alternate', type: 'text/html' })}`,
    `    ${element('content', e.content, ' type="text"')}`,
    '  </entry>',
  ].join('\n');
}

export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, ' type="text"')}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle, ' type="text"')}`] : []),
    `  ${element('updated', feed.updated.toISOString())}`,
    `  <author>${element('name', feed.author)}</author>`,
    ...feed.links.map((l) => `  ${link(l)}`),
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
