import net from 'node:net';
import { freePort } from '../../lib/net/ports';

export { freePort };

/** Runs `fn` with a free loopback port held by another listener, as a busy port would be. */
export async function withBlockedPort<T>(fn: (port: number) => Promise<T>): Promise<T> {
  const port = await freePort();
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  try {
    return await fn(port);
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
}
