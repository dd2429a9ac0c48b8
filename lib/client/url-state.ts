'use client';
// A page's state kept in its URL. router.replace lands a moment after it is
// called, so a change made before the previous one landed starts from that
// previous one — not from the address bar — and two quick changes never undo
// each other.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef } from 'react';

export function useUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === params.toString()) pending.current = null;
  }, [params]);
  /** Edits a copy of the latest parameters and writes it to the address. */
  const change = useCallback((edit: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(pending.current ?? params.toString());
    edit(next);
    pending.current = next.toString();
    router.replace(pending.current ? `${pathname}?${pending.current}` : pathname, { scroll: false });
  }, [params, router, pathname]);
  return { params, change };
}
