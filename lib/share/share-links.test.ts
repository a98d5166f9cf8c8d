import { VIEW_STATE_VERSION } from '@/lib/view-state';
import { EMBED_HEIGHT_MESSAGE, embedSnippet, escapeHtml, queryWithRev, shareHref, withQuery } from './share-links';

describe('shareHref', () => {
  it('writes the revision after the state, and the format version when there is state', () => {
    expect(shareHref({ path: '/series/shells-delivered', query: '' }, null)).toBe('/series/shells-delivered');
    expect(shareHref({ path: '/series/shells-delivered', query: '' }, 12)).toBe(`/series/shells-delivered?rev=12&v=${VIEW_STATE_VERSION}`);
    expect(shareHref({ path: '/explore', query: 's=a,b&from=2024' }, 3)).toBe(`/explore?s=a,b&from=2024&rev=3&v=${VIEW_STATE_VERSION}`);
  });

  it('adds parameters to a path with or without a query', () => {
    expect(queryWithRev('', null)).toBe('');
    expect(withQuery('/api/v1/export.csv?s=a', 'rev=2')).toBe('/api/v1/export.csv?s=a&rev=2');
    expect(withQuery('/api/v1/series/a/figures.csv', 'rev=2')).toBe('/api/v1/series/a/figures.csv?rev=2');
    expect(withQuery('/x', '')).toBe('/x');
  });
});

describe('embedSnippet', () => {
  const src = 'https://figures.example.org/embed/series/shells-delivered?rev=12';

  it('escapes the title from the data for the attribute it goes in', () => {
    const html = embedSnippet({ src, title: 'Shells "delivered" <script>alert(1)</script> & more', height: 560, resize: false });
    expect(html).toBe(
      `<iframe src="https://figures.example.org/embed/series/shells-delivered?rev=12" title="Shells &quot;delivered&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" width="100%" height="560" style="width:100%;max-width:100%;border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
    );
  });

  it('resizes only on messages from the embed’s own origin and frame', () => {
    const html = embedSnippet({ src, title: 'Shells', height: 560, resize: true });
    const script = html.slice(html.indexOf('<script>'));
    expect(script).toContain('e.origin!=="https://figures.example.org"');
    expect(script).toContain('e.source!==f.contentWindow');
    expect(script).toContain(`"${EMBED_HEIGHT_MESSAGE}"`);
    expect(script.match(/<\/script>/g)).toHaveLength(1);
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
