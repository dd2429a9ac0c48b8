// A labelled form control with optional help, in the console's style. The
// control gets the id (and the help's id) to wire the label to it.
import { useId } from 'react';

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30';

export function Field({ label, help, children }: { label: string; help?: string; children: (ids: { id: string; describedBy?: string }) => React.ReactNode }) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="text-sm">
      <label htmlFor={id} className="font-medium text-slate-800">{label}</label>
      {children({ id, describedBy: help ? helpId : undefined })}
      {help && <p id={helpId} className="mt-1 text-xs text-slate-500">{help}</p>}
    </div>
  );
}
