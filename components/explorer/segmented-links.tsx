import Link from 'next/link';

export interface SegmentedLinksProps {
  label: string;
  options: { key: string; label: string; href: string; current: boolean }[];
}

/**
 * A choice among views, made of links so that it works before scripts load and every choice is a
 * URL. The current one is marked for assistive technology with aria-current.
 */
export function SegmentedLinks({ label, options }: SegmentedLinksProps) {
  const id = `segmented-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-2">
      <span id={id} className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
        {label}
      </span>
      <ul className="inline-flex flex-wrap rounded-lg border border-zinc-300 bg-white p-0.5 dark:border-zinc-700 dark:bg-zinc-900">
        {options.map((option) => (
          <li key={option.key}>
            <Link
              href={option.href}
              scroll={false}
              aria-current={option.current ? 'true' : undefined}
              data-option={option.key}
              className="block rounded-md px-2.5 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[current=true]:bg-zinc-900 aria-[current=true]:text-white dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-zinc-100 dark:aria-[current=true]:text-zinc-900"
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
