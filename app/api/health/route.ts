import { connection } from 'next/server';

// Liveness for load balancers and the e2e harness: no auth, no database.
export async function GET() {
  await connection();
  return Response.json({ status: 'ok', timestamp: new Date().toISOString() });
}
