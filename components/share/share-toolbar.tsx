'use client';

// The share actions of a view: copy its link, share it pinned to the data shown, embed it, download
// it (data and chart) and cite it. Everything is built from the view's path and state (props from the
// server page), never from whatever the address bar happens to hold. The dialogs' code is not part of
// the page's first scripts: it is fetched once the page is idle (or when a dialog is first opened),
// and each dialog stays mounted from its first opening on, so that closing it hands the focus back to
// its button.
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { shareHref, type SharedView } from '@/lib/share/share-links';
import { whenIdle } from '@/components/when-idle';
import { copyText } from './copy-text';
import { DownloadMenu } from './download-menu';
import { buttonClass } from './styles';

const loadLinkDialog = () => import('./link-dialog');
const loadPinnedLinkDialog = () => import('./pinned-link-dialog');
const loadEmbedDialog = () => import('./embed-dialog');
const loadCiteDialog = () => import('./cite-dialog');
const LinkDialog = dynamic(() => loadLinkDialog().then((m) => m.LinkDialog));
const PinnedLinkDialog = dynamic(() => loadPinnedLinkDialog().then((m) => m.PinnedLinkDialog));
const EmbedDialog = dynamic(() => loadEmbedDialog().then((m) => m.EmbedDialog));
const CiteDialog = dynamic(() => loadCiteDialog().then((m) => m.CiteDialog));

export interface ShareToolbarProps {
  /** The page: `/`, `/explore` or `/series/<slug>`. */
  path: string;
  /** The view's state as the page's query string, without rev= and without "?"; empty for none. */
  query: string;
  /** The revision the figures on the page are as of (the pinned one, or the latest); null before any import. */
  revision: { id: number; createdAt: string } | null;
  /** Whether the page's link pins `revision` (rev=); Copy link keeps it pinned then. */
  pinned: boolean;
  title: string;
  /** The view's source line, for the citation. */
  sourceLine: string;
  /** The embeddable version of the view, e.g. `/embed/series/<slug>`, taking the same query; null for none. */
  embedPath?: string | null;
  /** The frame height the embed snippet starts with. */
  embedHeight?: number;
  /** The CSV of the view's data, without rev=, e.g. `/api/v1/series/<slug>/figures.csv`; null for none. */
  csvPath?: string | null;
  /** Start of downloaded file names. */
  fileName: string;
  /** The chart <figure>s drawn into the image downloads. */
  chartSelector?: string;
  /** Offer downloads; off for a view with nothing to download. */
  downloads?: boolean;
  /** Offer the chart as PNG and SVG; off for a view that shows tables rather than charts. */
  chartImages?: boolean;
}

type DialogName = 'link' | 'pinned' | 'embed' | 'cite';
type OpenDialog = DialogName | null;

const DEFAULT_CHARTS = 'figure[data-testid="series-chart"], figure[data-testid="explorer-panel"]';

export function ShareToolbar({
  path,
  query,
  revision,
  pinned,
  title,
  sourceLine,
  embedPath = null,
  embedHeight = 640,
  csvPath = null,
  fileName,
  chartSelector = DEFAULT_CHARTS,
  downloads = true,
  chartImages = true,
}: ShareToolbarProps) {
  const view = useMemo<SharedView>(() => ({ path, query }), [path, query]);
  const embed = useMemo<SharedView | null>(() => (embedPath ? { path: embedPath, query } : null), [embedPath, query]);
  const [dialog, setOpenDialog] = useState<OpenDialog>(null);
  const [opened, setOpened] = useState<ReadonlySet<DialogName>>(new Set());
  const setDialog = useCallback((name: DialogName) => {
    setOpened((before) => (before.has(name) ? before : new Set(before).add(name)));
    setOpenDialog(name);
  }, []);
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const close = useCallback(() => setOpenDialog(null), []);

  useEffect(() => {
    whenIdle(() => void Promise.all([loadLinkDialog(), loadPinnedLinkDialog(), loadEmbedDialog(), loadCiteDialog()]));
  }, []);

  // A status message stays long enough to be read, then clears so the next one is announced afresh.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 6000);
    return () => clearTimeout(timer);
  }, [status]);

  async function copyLink() {
    const url = new URL(shareHref(view, pinned && revision ? revision.id : null), window.location.origin).href;
    setLink(url);
    if (await copyText(url)) setStatus('Link copied');
    else setDialog('link');
  }

  return (
    <div data-testid="share-toolbar" className="space-y-1.5">
      <div role="group" aria-label="Share this view" className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={() => void copyLink()} className={buttonClass}>
          Copy link
        </button>
        <button
          type="button"
          onClick={() => setDialog('pinned')}
          disabled={!revision}
          className={buttonClass}
          title={revision ? undefined : 'There is no data to pin yet'}
        >
          Share pinned link
        </button>
        {embed ? (
          <button type="button" onClick={() => setDialog('embed')} className={buttonClass}>
            Embed
          </button>
        ) : null}
        {downloads ? (
          <DownloadMenu
            view={view}
            revision={revision}
            title={title}
            csvPath={csvPath}
            chartSelector={chartSelector}
            chartImages={chartImages}
            fileName={fileName}
            onStatus={setStatus}
          />
        ) : null}
        <button type="button" onClick={() => setDialog('cite')} className={buttonClass}>
          Cite this
        </button>
      </div>
      <p role="status" data-testid="share-status" className="min-h-5 text-sm text-emerald-800 dark:text-emerald-300">
        {status}
      </p>

      {opened.has('link') ? <LinkDialog open={dialog === 'link'} onClose={close} link={link} /> : null}
      {revision && opened.has('pinned') ? <PinnedLinkDialog open={dialog === 'pinned'} onClose={close} view={view} revision={revision} /> : null}
      {embed && opened.has('embed') ? (
        <EmbedDialog open={dialog === 'embed'} onClose={close} embed={embed} revision={revision} title={title} height={embedHeight} />
      ) : null}
      {opened.has('cite') ? (
        <CiteDialog open={dialog === 'cite'} onClose={close} view={view} revision={revision} title={title} sourceLine={sourceLine} />
      ) : null}
    </div>
  );
}
