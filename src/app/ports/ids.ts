// The Ids port: fresh unique identifiers for rows a use case creates itself (the store
// makes its own). Adapter: `systemIds` (UUIDv7 layout); tests may use a counter.
export interface Ids {
  /** A new unique id string. */
  next(): string;
}
