// The OpenAPI 3.1 document, generated from the contracts' own zod schemas, so
// the documentation cannot drift from what the handlers validate.
import { z } from 'zod';
import type { Contract } from './contract';
import { CONTRACTS } from './contracts';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return json;
};

const envelope = (data?: z.ZodType): JsonSchema => ({
  type: 'object',
  required: ['success', 'timestamp', 'data'],
  properties: {
    success: { const: true },
    timestamp: { type: 'string', format: 'date-time' },
    data: data ? toSchema(data, 'output') : {},
  },
});

function parameters(contract: Contract) {
  const fromObject = (schema: z.ZodType | undefined, place: 'path' | 'query') => {
    if (!schema) return [];
    const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    return Object.entries(json.properties ?? {}).map(([name, property]) => ({
      name, in: place, required: place === 'path' || (json.required ?? []).includes(name), schema: property,
    }));
  };
  return [...fromObject(contract.params, 'path'), ...fromObject(contract.query ?? contract.queryDocs, 'query')];
}

function operation(contract: Contract) {
  const responses = Object.fromEntries(
    Object.entries(contract.responses).map(([status, response]) => [
      status,
      Number(status) < 400
        ? { description: response.description, content: { 'application/json': { schema: envelope(response.data) } } }
        : { description: response.description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  );
  return {
    tags: [contract.tag],
    summary: contract.summary,
    ...(contract.description && { description: contract.description }),
    'x-required-role': contract.role,
    parameters: parameters(contract),
    ...(contract.body && { requestBody: { required: false, content: { 'application/json': { schema: toSchema(contract.body, 'input') } } } }),
    responses: {
      ...responses,
      400: { description: 'Invalid input: details.issues lists each problem', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
  };
}

export function openApiDocument(contracts: Contract[] = CONTRACTS) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const contract of contracts) {
    (paths[contract.path] ??= {})[contract.method.toLowerCase()] = operation(contract);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pulso API',
      version: '1',
      description: 'The incremental BigQuery → PostgreSQL/TimescaleDB ETL of the cobranzas dashboards. Machines send `Authorization: Bearer <token>`; the console uses its session cookie. Every response is an envelope: {success, timestamp, data} or {success: false, timestamp, error: {code, message, details?}}.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token created by an admin (shown once)' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token', description: 'The console’s session; mutations must be same-origin' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['success', 'timestamp', 'error'],
          properties: {
            success: { const: false },
            timestamp: { type: 'string', format: 'date-time' },
            error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} } },
          },
        },
      },
    },
    tags: ['ETL', 'Database', 'TimescaleDB', 'Dashboards', 'Admin'].map((name) => ({ name })),
    paths,
  };
}
