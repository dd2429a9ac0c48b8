// The OpenAPI document and the route files come from the same contracts: every
// contract is documented, served by a route file exporting its method, and no
// route file under /api/v1 escapes the contracts but the document itself and
// the catch-all that answers unknown paths.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACTS } from '../../lib/api/contracts';
import { openApiDocument } from '../../lib/api/openapi';

const V1 = path.resolve('app/api/v1');
/** Not contracts: the public OpenAPI document, and the envelope 404 for paths no route serves. */
const OPENAPI_ROUTE = path.join(V1, 'openapi.json', 'route.ts');
const CATCH_ALL_ROUTE = path.join(V1, '[[...path]]', 'route.ts');
const routeFile = (apiPath: string) => path.join(V1, apiPath.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts');

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === 'route.ts' ? [full] : [];
  });
}

describe('the OpenAPI document', () => {
  const doc = openApiDocument();

  it('documents every contract with its role, parameters and responses', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const c of CONTRACTS) {
      const operation = doc.paths[c.path]?.[c.method.toLowerCase()] as Record<string, unknown> | undefined;
      expect(operation, `${c.method} ${c.path}`).toBeDefined();
      expect(operation!['x-required-role']).toBe(c.role);
      const documented = Object.keys(operation!.responses as object).map(Number);
      for (const status of Object.keys(c.responses).map(Number)) expect(documented).toContain(status);
      const names = (operation!.parameters as { name: string; in: string }[]).map((p) => `${p.in}:${p.name}`);
      for (const param of c.path.match(/\{(\w+)\}/g) ?? []) expect(names).toContain(`path:${param.slice(1, -1)}`);
    }
    const refresh = doc.paths['/etl/refresh/dashboard'].post as { requestBody: { content: { 'application/json': { schema: { properties: object } } } } };
    expect(Object.keys(refresh.requestBody.content['application/json'].schema.properties)).toEqual(['force', 'tables', 'max_concurrent', 'mode']);
  });

  it('matches the route files: each contract has one, exporting its method, and every route file has a contract', () => {
    for (const c of CONTRACTS) {
      const file = routeFile(c.path);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8'), `${c.method} in ${file}`).toMatch(new RegExp(`export const ${c.method}\\b`));
    }
    const documented = new Set(CONTRACTS.map((c) => routeFile(c.path)));
    const undocumented = routeFiles(V1).filter((f) => !documented.has(f) && ![OPENAPI_ROUTE, CATCH_ALL_ROUTE].includes(f));
    expect(undocumented).toEqual([]);
  });

  it('has one catch-all, answering every method of the paths no contract serves', () => {
    const source = readFileSync(CATCH_ALL_ROUTE, 'utf8');
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      expect(source, method).toMatch(new RegExp(`export const ${method} = unknownEndpoint;`));
    }
    // No other catch-all or optional catch-all could take a contract's paths.
    expect(routeFiles(V1).filter((f) => f.includes('[...') || f.includes('[[...'))).toEqual([CATCH_ALL_ROUTE]);
    expect(doc.paths).not.toHaveProperty('/{path}');
  });
});
