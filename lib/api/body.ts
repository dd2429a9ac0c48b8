// Reading a JSON body with a size cap: a huge body is refused before it is
// buffered, a malformed one gets a 400 that says so.
import { ApiError } from './errors';

export const MAX_BODY_BYTES = 64 * 1024;

export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return undefined;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'malformed_json', 'The request body is not valid JSON');
  }
}

const tooLarge = (limit: number) =>
  new ApiError(413, 'payload_too_large', `The request body is larger than ${Math.round(limit / 1024)} KiB`);
