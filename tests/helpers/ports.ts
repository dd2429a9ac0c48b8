import net from 'node:net';

/** A TCP port on loopback that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

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
