import { resolveActor } from '@/lib/api/actor';
import { errorResponse } from '@/lib/api/envelope';
import { ApiError, toApiError } from '@/lib/api/errors';
import { getDatabase } from '@/lib/db/client';
import { prometheusMetrics } from '@/lib/metrics/prometheus';

// Prometheus scrapes with a viewer token (bearer_token in its scrape config).
export async function GET(request: Request) {
  try {
    if (!(await resolveActor(request))) throw new ApiError(401, 'unauthenticated', 'Send a viewer token as "Authorization: Bearer <token>"');
    const text = await prometheusMetrics((await getDatabase()).sql);
    return new Response(text, { headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(toApiError(error), crypto.randomUUID());
  }
}
