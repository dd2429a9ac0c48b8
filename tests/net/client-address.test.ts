// Which address a request is recorded from: the socket's, unless a proxy in
// front is trusted, and then only the entry that proxy appended.
import { describe, expect, it } from 'vitest';
import { clientAddress, clientInfo } from '../../lib/net/client';

describe('clientAddress', () => {
  it('takes the socket’s address and ignores what the client claims, by default', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', false)).toBe('127.0.0.1');
    expect(clientAddress('::ffff:10.1.2.3', undefined, false)).toBe('10.1.2.3');
  });

  it('behind a trusted proxy, takes the last entry: the proxy’s own, not the client’s inventions', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.1, 203.0.113.9', true)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', ['198.51.100.1', '203.0.113.9 '], true)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', undefined, true)).toBe('10.0.0.2');
  });
});

describe('clientInfo', () => {
  it('reads the one address the server wrote, and the user agent', () => {
    expect(clientInfo(new Headers({ 'x-forwarded-for': '203.0.113.9', 'user-agent': 'curl/8' }))).toEqual({ ip: '203.0.113.9', userAgent: 'curl/8' });
    expect(clientInfo(new Headers()).ip).toBeNull();
  });
});
