// Whether the production build of the console is missing or older than its
// sources, and building it only then: `npm start`, the HTTP tests and the
// latency benchmark all run the built console.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'public', 'messages', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'package.json', 'postcss.config.mjs'];
const LOCK = path.resolve('.next-build.lock');

/** True when there is no production build or a source file is newer than it. */
export function needsBuild(): boolean {
  const buildId = path.resolve('.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.resolve(source)) > built);
}

/**
 * Runs `next build` when needed. Test workers and the benchmark may ask at
 * once: the first to take the lock builds, the others wait for it.
 */
export async function ensureBuilt(timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (needsBuild()) {
    if (takeLock()) {
      try {
        const built = spawnSync(path.resolve('node_modules', '.bin', 'next'), ['build'], {
          env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8',
        });
        if (built.status !== 0) throw new Error(`next build failed:\n${built.stdout}\n${built.stderr}`);
        return;
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for the console to build (${LOCK} held)`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function takeLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    return false; // someone else is building
  }
}

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newestMtime(path.join(file, name))));
}
