'use client';

// "Download": the data in view as CSV (from the API, pinned to the revision shown), and the chart as
// PNG or SVG with its title, legend, sources, revision and permalink drawn in. A disclosure rather
// than a menu widget: a button that shows a short list of links and buttons, closed by Escape.
import { useEffect, useId, useRef, useState } from 'react';
import { formatRevisionDate } from '@/lib/share/revision-date';
import { shareHref, withQuery, type SharedView } from '@/lib/share/share-links';
import { buttonClass, menuItemClass } from './styles';

export interface DownloadMenuProps {
  view: SharedView;
  revision: { id: number; createdAt: string } | null;
  title: string;
  /** The CSV endpoint for the view's data, without rev=; null when the view has no data to download. */
  csvPath: string | null;
  /** Matches the chart figures to draw into the image. */
  chartSelector: string;
  /** Offer the chart images at all. */
  chartImages: boolean;
  /** File names start with this, e.g. the series' slug. */
  fileName: string;
  /** Reports what happened, for the toolbar's status line. */
  onStatus: (message: string) => void;
}

export function DownloadMenu({ view, revision, title, csvPath, chartSelector, chartImages, fileName, onStatus }: DownloadMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('a, button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const suffix = revision ? `-rev${revision.id}` : '';

  // The image code (reading the drawn chart, composing the picture) loads only when a reader asks
  // for an image, so the pages do not carry it.
  async function image() {
    const [{ browserMeasure, captureView, downloadBlob, svgToPng }, { composeShareImage }] = await Promise.all([import('./chart-capture'), import('@/lib/share/share-image')]);
    const captured = captureView(chartSelector, title);
    const drawn = composeShareImage({
      title,
      panels: captured.panels,
      legend: captured.legend,
      sourceLine: captured.sourceLine,
      asOf: revision ? `Data as of ${formatRevisionDate(revision.createdAt)} · dataset revision ${revision.id}` : null,
      permalink: new URL(shareHref(view, revision?.id ?? null), window.location.origin).href,
      measure: browserMeasure(),
    });
    return { drawn, svgToPng, downloadBlob };
  }

  async function download(format: 'svg' | 'png') {
    setOpen(false);
    button.current?.focus();
    try {
      const { drawn, svgToPng, downloadBlob } = await image();
      const blob =
        format === 'svg' ? new Blob([drawn.svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(drawn.svg, drawn.width, drawn.height);
      downloadBlob(blob, `${fileName}${suffix}.${format}`);
      onStatus(`Chart image (${format.toUpperCase()}) downloaded`);
    } catch (error) {
      onStatus(`The image could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        className={buttonClass}
      >
        Download
        <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={panel}
        id={menuId}
        hidden={!open}
        className="absolute left-0 z-20 mt-1 w-72 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        <ul>
          {csvPath ? (
            <li>
              <a href={withQuery(csvPath, revision ? `rev=${revision.id}` : '')} download className={menuItemClass} onClick={() => setOpen(false)}>
                Data (CSV)
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">Every figure in view, with its full citation</span>
              </a>
            </li>
          ) : null}
          {chartImages ? (
            <>
              <li>
                <button type="button" className={menuItemClass} onClick={() => void download('png')}>
                  Chart image (PNG)
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">With title, sources and permalink</span>
                </button>
              </li>
              <li>
                <button type="button" className={menuItemClass} onClick={() => void download('svg')}>
                  Chart image (SVG)
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">Scalable, for print and editing</span>
                </button>
              </li>
            </>
          ) : null}
        </ul>
      </div>
    </div>
  );
}
