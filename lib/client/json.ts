// What a server type looks like after JSON: dates become ISO strings. Client
// components type API data with this, from the same server-side types.
export type Jsonify<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonify<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonify<T[K]> }
      : T;
