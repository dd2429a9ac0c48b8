'use client';
// Destructive actions ask first and say exactly what they will do. A native
// <dialog>: focus is trapped and Escape closes it, with no library.
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { Button, type ButtonVariant } from './button';

export function ConfirmDialog({
  open, title, children, confirmLabel, variant = 'danger', pending, onConfirm, onClose,
}: {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  pending?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={titleId}
      className="m-auto w-full max-w-lg rounded-xl p-0 shadow-2xl backdrop:bg-slate-900/50"
    >
      <div className="space-y-3 p-6">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">{title}</h2>
        <div className="space-y-2 text-sm text-slate-700">{children}</div>
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-100 bg-slate-50 px-6 py-3">
        <Button onClick={onClose} disabled={pending}>{t.common.actions.cancel}</Button>
        <Button variant={variant} pending={pending} onClick={onConfirm} autoFocus>{confirmLabel}</Button>
      </div>
    </dialog>
  );
}
