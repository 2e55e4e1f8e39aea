/** Which adapter to open and how to reach it; serialisable so child processes can open the same store. */
export type EventStoreConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string; readonly streamPrefix?: string };
