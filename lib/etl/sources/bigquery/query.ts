// The window query each mart is read with: validated identifiers only (no user
// text is ever interpolated unchecked), DATE parameters, and valid job labels.
import { TABLES, type MartTable } from '../../config';
import { columnsOf } from '../../columns';
import type { ExtractWindow } from '../source';

const PROJECT = /^[a-z][a-z0-9-]{4,61}[a-z0-9]$/;
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;
// Stricter than BigQuery (which also allows spaces and Unicode): these names end
// up inside backticks, so anything that could close or escape them is refused.
const RELATION = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,1023}$/;
const COLUMN = /^[A-Za-z_][A-Za-z0-9_]{0,299}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A fully qualified relation: project.dataset.name, each part a checked identifier. */
export interface Relation {
  project: string;
  dataset: string;
  name: string;
}

export function relationText(relation: Relation): string {
  return `${relation.project}.${relation.dataset}.${relation.name}`;
}

/**
 * Reads `name`, `dataset.name` or `project.dataset.name`, filling the missing
 * parts from the defaults; returns undefined when any part is not an identifier.
 */
export function parseRelation(text: string, defaults: { project: string; dataset: string }): Relation | undefined {
  const parts = text.trim().split('.');
  if (parts.length > 3) return undefined;
  const name = parts.pop() ?? '';
  const dataset = parts.pop() ?? defaults.dataset;
  const project = parts.pop() ?? defaults.project;
  if (!PROJECT.test(project) || !DATASET.test(dataset) || !RELATION.test(name)) return undefined;
  return { project, dataset, name };
}

export function isProjectId(text: string) {
  return PROJECT.test(text);
}

export function isDatasetId(text: string) {
  return DATASET.test(text);
}

/** The default relation of a mart: its `sourceRelation` in the configured dataset. */
export function defaultRelation(table: MartTable, project: string, dataset: string): Relation {
  return { project, dataset, name: TABLES[table].sourceRelation };
}

export interface WindowQuery {
  sql: string;
  params: { window_start?: string; window_end: string };
}

/** SELECT exactly the target's columns, in the target's order, inside the window. */
export function windowQuery(window: ExtractWindow, relation: Relation): WindowQuery {
  const columns = columnsOf(window.table).map((c) => quoteColumn(c.name));
  const cursor = quoteColumn(TABLES[window.table].incrementalColumn);
  checkDate(window.end, 'end');
  let params: WindowQuery['params'] = { window_end: window.end };
  let where = `${cursor} <= @window_end`;
  if (window.start !== null) {
    checkDate(window.start, 'start');
    params = { window_start: window.start, window_end: window.end };
    where = `${cursor} BETWEEN @window_start AND @window_end`;
  }
  const sql = `SELECT ${columns.join(', ')}\nFROM \`${relationText(relation)}\`\nWHERE ${where}`;
  return { sql, params };
}

/** The query text as stored on the run (source_query), parameters in a trailing comment. */
export function describe(query: WindowQuery): string {
  const values = Object.entries(query.params).map(([name, value]) => `@${name} = DATE '${value}'`);
  return `${query.sql}\n-- ${values.join(', ')}`;
}

/**
 * BigQuery label rules: keys start with a lowercase letter, keys and values use
 * only lowercase letters, digits, `_` and `-`, at most 63 characters, 64 labels.
 */
export function jobLabels(table: MartTable | 'connection_test', extra: Record<string, string> = {}) {
  const own = { app: 'pulso', table };
  const extras = Object.entries(extra)
    .map(([key, value]) => [labelText(key), labelText(value)])
    .filter(([key]) => /^[a-z]/.test(key) && !(key in own))
    .slice(0, 62);
  return { ...Object.fromEntries(extras), ...own } as Record<string, string>;
}

function labelText(text: string) {
  return text.toLowerCase().replace(/[^a-z0-9_-]/g, '_').slice(0, 63);
}

function quoteColumn(name: string) {
  if (!COLUMN.test(name)) throw new Error(`Column name ${JSON.stringify(name)} is not a BigQuery identifier`);
  return `\`${name}\``;
}

function checkDate(value: string, which: string) {
  if (!ISO_DATE.test(value)) throw new Error(`The window ${which} ${JSON.stringify(value)} is not a YYYY-MM-DD date`);
}
