'use client';
// A multiple choice as a row of toggles: none pressed means all of them.

export function ToggleChips<T extends string>({ label, values, selected, onChange }: {
  label: string;
  values: readonly T[];
  selected: readonly T[];
  onChange(next: T[]): void;
}) {
  const toggle = (value: T) => onChange(values.filter((v) => (v === value ? !selected.includes(v) : selected.includes(v))));
  return (
    <fieldset className="text-sm">
      <legend className="font-medium text-slate-800">{label}</legend>
      <div className="mt-1 flex flex-wrap gap-1">
        {values.map((value) => {
          const on = selected.includes(value);
          return (
            <button key={value} type="button" aria-pressed={on} onClick={() => toggle(value)}
              className={`rounded-md px-2.5 py-1.5 text-xs font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-sky-600 ${
                on ? 'bg-slate-900 text-white ring-slate-900' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'}`}>
              {value}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
