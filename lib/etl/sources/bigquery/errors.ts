// Sorts every BigQuery failure into "retry it" (TransientSourceError) or "a
// person must fix the setup" (SourceConfigError with the fix), in one sentence
// that never carries a credential.
import { SourceConfigError, TransientSourceError } from '../source';

export interface ErrorContext {
  projectId: string;
  dataset: string;
  /** project.dataset.name of the mart being read, when there is one. */
  relation?: string;
  /** The env var that overrides this mart's relation (BIGQUERY_RELATION_<TABLE>). */
  relationVar?: string;
  maxBytesBilled: number;
}

const TRANSIENT_REASONS = new Set([
  'rateLimitExceeded', 'userRateLimitExceeded', 'backendError', 'internalError',
  'jobBackendError', 'jobInternalError', 'jobRateLimitExceeded',
]);
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const NETWORK_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN',
  'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'UND_ERR_SOCKET',
]);
const KEY_FILE_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR']);
const KEY_REJECTED = /invalid_grant|invalid_client|unauthorized_client|client_email|private_key|PEM|JWT/i;

interface Detail {
  code?: number | string;
  reason?: string;
  message: string;
}

/** Maps any error thrown by the client; already-classified errors pass unchanged. */
export function classify(error: unknown, ctx: ErrorContext): Error {
  if (error instanceof TransientSourceError || error instanceof SourceConfigError) return error;
  if (error instanceof Error && error.name === 'AbortError') return error;
  const d = detail(error);
  const cause = { cause: error };
  const access = `grant the service account BigQuery Job User on project ${ctx.projectId} and BigQuery Data Viewer on dataset ${ctx.dataset}`;
  const credentialsFix = `Set GOOGLE_APPLICATION_CREDENTIALS to a service-account JSON key file; ${access}.`;

  if (/Could not load the default credentials/i.test(d.message)) {
    return new SourceConfigError('No Google Cloud credentials were found for BigQuery.', credentialsFix, cause);
  }
  if (typeof d.code === 'string' && KEY_FILE_CODES.has(d.code)) {
    return new SourceConfigError('The BigQuery credentials file cannot be read.', credentialsFix, cause);
  }
  if (d.reason === 'bytesBilledLimitExceeded') {
    return new SourceConfigError(
      `The query would bill more than BIGQUERY_MAX_BYTES_BILLED (${ctx.maxBytesBilled} bytes)${on(ctx)}.`,
      'Raise BIGQUERY_MAX_BYTES_BILLED, or run a shorter window.', cause);
  }
  if (isTransient(d)) {
    return new TransientSourceError(`BigQuery failed temporarily${status(d)}: ${clean(d.message)}`, cause);
  }
  if (d.code === 401 || KEY_REJECTED.test(d.message)) {
    return new SourceConfigError('BigQuery rejected the credentials.', credentialsFix, cause);
  }
  if (d.reason === 'quotaExceeded') {
    return new SourceConfigError(`A BigQuery quota of project ${ctx.projectId} is exhausted: ${clean(d.message)}`,
      `Wait for the quota to reset, or raise it for project ${ctx.projectId} in the Google Cloud console.`, cause);
  }
  if (d.code === 403 || d.reason === 'accessDenied' || d.reason === 'billingNotEnabled') {
    const billing = d.reason === 'billingNotEnabled' || /billing/i.test(d.message);
    return new SourceConfigError(
      billing ? `BigQuery billing is not enabled for project ${ctx.projectId}.` : `BigQuery denied access${on(ctx)} in project ${ctx.projectId}.`,
      billing ? `Enable billing on project ${ctx.projectId}, or use a project that has it.` : `To fix it, ${access}.`,
      cause);
  }
  const unknownColumn = /Unrecognized name: (\w+)/.exec(d.message);
  if (unknownColumn && ctx.relation) return missingColumn(unknownColumn[1], ctx, cause);
  if ((d.code === 404 || d.reason === 'notFound') && !/Not found: Job/i.test(d.message)) {
    return new SourceConfigError(
      ctx.relation ? `The BigQuery relation ${ctx.relation} was not found.` : `BigQuery could not find: ${clean(d.message)}`,
      ctx.relation
        ? `Deploy the views in sql/bigquery/ to ${ctx.projectId}.${ctx.dataset}, or set ${ctx.relationVar} to the relation that holds this table.`
        : `Check BIGQUERY_PROJECT_ID (${ctx.projectId}) and BIGQUERY_DATASET (${ctx.dataset}).`,
      cause);
  }
  return new Error(`BigQuery refused the request${status(d)}${on(ctx)}: ${clean(d.message)}`, cause);
}

/** The result lacks a column the target needs: a broken or outdated view. */
export function missingColumn(column: string, ctx: ErrorContext, cause?: { cause: unknown }) {
  return new SourceConfigError(
    `The BigQuery relation ${ctx.relation} has no column ${column}.`,
    `Redeploy its view from sql/bigquery/, or set ${ctx.relationVar} to a relation with every column of the table.`,
    cause);
}

function isTransient(d: Detail) {
  if (typeof d.code === 'number' && TRANSIENT_STATUS.has(d.code)) return true;
  if (typeof d.code === 'string' && NETWORK_CODES.has(d.code)) return true;
  if (d.reason && TRANSIENT_REASONS.has(d.reason)) return true;
  return /did not complete before|socket hang up|network timeout/i.test(d.message);
}

function detail(error: unknown): Detail {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; errors?: Array<{ reason?: string; message?: string }> };
  const code = typeof e.code === 'number' || typeof e.code === 'string' ? e.code : undefined;
  const first = Array.isArray(e.errors) ? e.errors.find((x) => x?.reason) : undefined;
  // An ApiError's own message joins every inner message; the first one reads best.
  return { code, reason: first?.reason, message: first?.message || e.message || e.name };
}

function on(ctx: ErrorContext) {
  return ctx.relation ? ` reading ${ctx.relation}` : '';
}

function status(d: Detail) {
  const parts = [typeof d.code === 'number' ? `HTTP ${d.code}` : d.code, d.reason].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** One line, no tokens or keys even if a library put them in a message. */
function clean(message: string) {
  return message
    .replace(/(Bearer|ya29\.)\S*/g, '[redacted]')
    .replace(/-----BEGIN[^]*?-----END[^-]*-----/g, '[redacted]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}
