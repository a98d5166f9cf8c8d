import Link from 'next/link';

export interface NotFoundMessageProps {
  title: string;
  children: React.ReactNode;
  links: { href: string; label: string }[];
}

/** The body of a 404 page: what is missing and where to go instead. */
export function NotFoundMessage({ title, children, links }: NotFoundMessageProps) {
  return (
    <div data-testid="not-found" className="max-w-2xl">
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">404</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight">{title}</h1>
      <div className="mt-2 text-zinc-700 dark:text-zinc-300">{children}</div>
      <ul className="mt-4 flex flex-wrap gap-4 text-sm font-medium">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
