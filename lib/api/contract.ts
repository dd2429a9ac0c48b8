// One endpoint's contract: method, path, the role it needs, and the zod schemas
// of its input and output. Route handlers execute it (lib/api/endpoint.ts) and
// the OpenAPI document is generated from the same objects (lib/api/openapi.ts).
import type { z } from 'zod';
import type { Role } from '../auth/roles';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Tag = 'ETL' | 'Database' | 'TimescaleDB' | 'Dashboards' | 'Admin';

export interface Contract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** Under /api/v1, with {braces} for path parameters (OpenAPI style). */
  path: string;
  tag: Tag;
  summary: string;
  description?: string;
  role: Role;
  params?: P;
  query?: Q;
  body?: B;
  /** For the OpenAPI document only: query parameters the handler parses itself (the dashboards' filters). */
  queryDocs?: z.ZodObject;
  /** Status → description and the schema of `data` in the envelope. */
  responses: Record<number, { description: string; data?: z.ZodType }>;
  /** Mutations: the audit action, and the target it concerns. */
  audit?: { action: string; target?: (input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> }) => string | null };
}

export function defineContract<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  contract: Contract<P, Q, B>,
): Contract<P, Q, B> {
  return contract;
}
