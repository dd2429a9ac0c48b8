import { connection } from 'next/server';
import { openApiDocument } from '@/lib/api/openapi';

// The API's description is public: it names operations, never data.
export async function GET() {
  await connection();
  return Response.json(openApiDocument());
}
