'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function NavLink({ href, title, children }: { href: string; title: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      title={title}
      aria-current={active ? 'page' : undefined}
      className={`block rounded-md px-2 py-1.5 text-sm ${active ? 'bg-slate-800 font-medium text-white' : 'hover:bg-slate-800/60 hover:text-white'}`}
    >
      {children}
    </Link>
  );
}
