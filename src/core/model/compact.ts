// Drops undefined members so optional fields stay absent (exactOptionalPropertyTypes):
// `{ ...compact({ replyTo, place }) }` adds only the fields that were given.
export type Compact<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

export const compact = <T extends Record<string, unknown>>(o: T): Compact<T> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Compact<T>;
};
