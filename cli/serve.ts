// The console's HTTP server (what `npm start` runs): Next.js, behind the one
// decision `next start` leaves open — which address a request comes from. It
// writes X-Forwarded-For itself (lib/net/client.ts), so a client cannot choose
// the address the sign-in limit and the audit log see.
import http from 'node:http';
import next from 'next';
import { env } from '../lib/env';
import { clientAddress } from '../lib/net/client';

const { PORT, HOST, PULSO_TRUST_PROXY } = env();
const trustProxy = PULSO_TRUST_PROXY === 'on';
const app = next({ dev: false, hostname: HOST, port: PORT });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  request.headers['x-forwarded-for'] = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustProxy);
  void handle(request, response);
});
server.listen(PORT, HOST, () => console.log(`▸ serving on ${HOST}:${PORT}${trustProxy ? ' (addresses from the proxy in front)' : ''}`));

// The console's worker also stops on these signals and exits once its jobs
// have (lib/etl/console-worker.ts, at most 10 s); this is the exit without one.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close();
    setTimeout(() => process.exit(0), 12_000).unref();
  });
}
