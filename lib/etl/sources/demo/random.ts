// Stateless, seeded randomness for the demo generator: every number is a hash
// of (seed, purpose, key…), so any day or campaign can be generated alone and
// always comes out the same, whatever window asked for it.

/** Purposes, so two draws with the same key never correlate. */
export const SALT = {
  openings: 1,
  cartera: 2,
  campaign: 3,
  daily: 4,
  hourly: 5,
  agentDay: 6,
  agentPick: 7,
  team: 8,
  agentShare: 9,
} as const;

/** A 32-bit hash of small integers (murmur3's mixing steps). */
export function hash(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    // Fold the high bits in too, so keys beyond 2^32 still spread.
    let k = Math.imul((part | 0) ^ Math.floor(part / 4294967296), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= parts.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform number in [0, 1) keyed by `parts`. */
export function unit(...parts: number[]): number {
  return hash(...parts) / 4294967296;
}

/** `lo + u·(hi − lo)`: maps a uniform draw onto a range. */
export function between(u: number, lo: number, hi: number): number {
  return lo + u * (hi - lo);
}

/** A sequential PRNG (mulberry32) for one-off lists such as the agent roster. */
export function stream(seed: number): () => number {
  let state = hash(seed, 0x5eed) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Splits `total` into integer parts proportional to `weights` that sum exactly
 * to `total`; the leftover units go round-robin from a keyed start so no slot
 * is always favoured.
 */
export function split(total: number, weights: readonly number[], key: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let i = key % weights.length; left > 0; i = (i + 1) % weights.length) {
    if (weights[i] > 0) {
      parts[i] += 1;
      left -= 1;
    }
  }
  return parts;
}
