import { unknownEndpoint } from '@/lib/api/unknown-endpoint';

// Every method of every /api/v1 path that no other route file serves: Next.js
// routes to the most specific match first, so this never shadows a real endpoint.
export const GET = unknownEndpoint;
export const HEAD = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
export const OPTIONS = unknownEndpoint;
