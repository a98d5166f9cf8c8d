'use client';

import { ShareToolbar, type ShareToolbarProps } from '@/components/share/share-toolbar';
import { sourceLine } from '@/lib/figures/wording';
import { useExplorerFigures } from './explorer-figures';

/** The explorer's share toolbar: the citation names the sources of the figures in view once they are read. */
export function ExplorerShareToolbar(props: Omit<ShareToolbarProps, 'sourceLine'>) {
  const loaded = useExplorerFigures();
  const line = loaded?.status === 'ready' ? sourceLine(loaded.figures) : 'Sources: listed with each figure of this view.';
  return <ShareToolbar {...props} sourceLine={line} />;
}
