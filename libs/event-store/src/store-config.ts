/**
 * Which adapter to open and how to reach it; serialisable so child processes can open the same store.
 * `readOnly` opens the store for auditing: nothing is created or written, and an append is refused
 * (SQLite opens the file read-only, PostgreSQL runs every transaction read-only, so a role that may only
 * read is enough). `immutable` (SQLite) reads the file once into memory and never touches it again, for
 * a copy on read-only media.
 */
export type EventStoreConfig =
  | {
      readonly kind: 'sqlite';
      readonly path: string;
      readonly readOnly?: boolean;
      readonly immutable?: boolean;
    }
  | {
      readonly kind: 'postgres';
      readonly connectionString: string;
      readonly schema?: string;
      readonly readOnly?: boolean;
    }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string; readonly streamPrefix?: string };
