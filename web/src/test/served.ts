/**
 * Data as a mocked server sends it. The generated types leave `__typename` out (Apollo adds it to
 * every selection it sends), but a mock's answer carries it, so the cache can normalise what it writes.
 */
export type Served<T> = T extends readonly (infer Item)[]
  ? Served<Item>[]
  : T extends object
    ? { [K in keyof T]: Served<T[K]> } & { __typename?: string }
    : T;
