// Every server action goes through the one role check (lib/auth/action.ts),
// as every route handler goes through lib/api/endpoint.ts: a 'use server'
// file may export only actions made with action(), besides the few that need
// no role, named here with the reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROLE_FREE: Record<string, string[]> = {
  // Signing in has no session yet, and signing out ends one: any visitor may.
  'lib/auth/actions.ts': ['signInAction', 'signOutAction'],
  // The language cookie, chosen on the sign-in page too; it changes nothing on the server.
  'lib/i18n/actions.ts': ['setLocaleAction'],
};

const ROOTS = ['app', 'components', 'lib', 'proxy.ts', 'instrumentation.ts'];
const DIRECTIVE = /^\s*['"]use server['"];?\s*$/m;

function sourceFiles(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return /\.[cm]?[jt]sx?$/.test(entry) ? [entry] : [];
  return readdirSync(entry).flatMap((name) => sourceFiles(path.join(entry, name)));
}

/** The directive opens the module (before any import) when it makes every export an action. */
const isActionModule = (source: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use server['"]/.test(source);

/** Each server action of one file that does not go through action(), as "file: name" (or "file: inline" for a 'use server' inside a function). */
function unguardedActions(file: string, source: string): string[] {
  if (!isActionModule(source)) return DIRECTIVE.test(source) ? [`${file}: inline 'use server'`] : [];
  const usesHelper = /import\s*\{[^}]*\baction\b[^}]*\}\s*from\s*['"][^'"]*auth\/action['"]/.test(source);
  const found: string[] = [];
  for (const match of source.matchAll(/^export\s+(?!type\b|interface\b)(.*)$/gm)) {
    const line = match[1];
    const guarded = usesHelper && /^const\s+\w+\s*=\s*action\(/.test(line);
    const name = line.match(/^(?:async\s+)?(?:function\*?|const|let|var|class)\s+(\w+)/)?.[1] ?? line.slice(0, 40);
    if (!guarded) found.push(`${file}: ${name}`);
  }
  return found;
}

describe('server actions', () => {
  const files = ROOTS.filter((root) => statSync(root, { throwIfNoEntry: false })).flatMap(sourceFiles);

  it('all go through action(), except the role-free ones named above', () => {
    const allowed = new Set(Object.entries(ROLE_FREE).flatMap(([file, names]) => names.map((name) => `${file}: ${name}`)));
    const unguarded = files.flatMap((file) => unguardedActions(file.split(path.sep).join('/'), readFileSync(file, 'utf8')));
    expect(unguarded.filter((a) => !allowed.has(a))).toEqual([]);
    // And the list above is not stale: each role-free action still exists.
    expect([...allowed].filter((a) => !unguarded.includes(a))).toEqual([]);
  });

  it('are found however they are written', () => {
    const helper = `import { action } from '@/lib/auth/action';\n`;
    expect(unguardedActions('a.ts', `'use server';\nexport async function dropAll() {}\n`)).toEqual(['a.ts: dropAll']);
    expect(unguardedActions('b.ts', `// why\n"use server"\n${helper}export const go = async () => {};\nexport default go;\n`)).toEqual(['b.ts: go', 'b.ts: default go;']);
    expect(unguardedActions('c.tsx', `export function Page() {\n  async function save() {\n    'use server';\n  }\n}\n`)).toEqual(["c.tsx: inline 'use server'"]);
    expect(unguardedActions('d.ts', `'use server';\nimport { action } from './elsewhere';\nexport const go = action({}, run);\n`)).toEqual(['d.ts: go']);
    expect(unguardedActions('e.ts', `'use server';\n${helper}export type R = 1;\nexport interface S {}\nexport const rename = action({ name: 'x', role: 'admin', input }, run);\n`)).toEqual([]);
    expect(unguardedActions('f.ts', `export const note = "say 'use server' in a string";\n`)).toEqual([]);
  });
});
