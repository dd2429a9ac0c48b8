import type { Messages } from '../es';

export const validation: Messages['validation'] = {
  title: 'Validation',
  description: 'Schema against the model and source–target reconciliation per day',
  tableTitle: (table) => `Validation of ${table}`,
  pickTitle: 'Pick a table',
  pickDescription: (days) => `Each table’s verdict over the last ${days} days; open one to see every day and column.`,
  caption: 'The ETL’s tables with their validation verdict',
  table: 'Table', column: 'Incremental column', verdict: 'Verdict', details: 'Details', open: 'Open',
  controls: { table: 'Table', days: 'Days', daysOption: (n) => `last ${n} days`, revalidate: 'Validate again' },
  verdicts: {
    ok: 'Matches',
    schema: 'The schema does not match',
    differs: 'Differs from the source',
    loading: 'Validating…',
  },
  verdictText: {
    ok: (days) => `The schema matches the model and all ${days} days agree with the source: same rows, same sums.`,
    schema: (problems) => `${problems} schema problem${problems === 1 ? '' : 's'}: the table is not what the model expects.`,
    differs: (differing, days) => `${differing} of ${days} days do not agree with the source.`,
    recent: 'Recent days change in the source between refreshes (late actions and payments): the next incremental refresh makes them equal again. A difference in older days does point to a problem.',
  },
  checkedAt: (when) => `Validated ${when}`,
  schema: {
    title: 'Schema',
    description: 'Columns, types and primary key against Pulso’s model',
    ok: 'Every column, its type and the primary key are the model’s.',
    caption: 'Schema problems',
    column: 'Column', problem: 'Problem',
  },
  days: {
    title: 'Reconciliation per day',
    description: 'Rows and the sums of every count and amount, source against target (ratios derive from them)',
    caption: (table, days) => `Reconciliation of ${table} per day, last ${days} days: source against target`,
    day: 'Day', state: 'State', rows: 'rows',
    states: { ok: 'matches', differs: (n) => `differs (${n})`, empty: 'no data' },
    source: 'source', target: 'target', delta: 'Δ',
    summary: (ok, differs, empty) => `${ok} match · ${differs} differ · ${empty} without data`,
    onlyDiffering: 'Only the days that differ',
    cellHelp: 'Red cells differ: they show the target’s value, the source’s and the difference.',
  },
};
