// A value built on first use and kept: the catalogue's zod schemas are built this way, so importing the client
// costs little and a process builds only the schemas of the actions it runs.

/** `build` runs on the first call of the returned function; later calls return the same value. */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
