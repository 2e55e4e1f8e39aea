/**
 * The ids of every command a fund has handled, for idempotency. A fund's state is folded anew for
 * every command, so adding an id must not copy all earlier ids: the ids are kept in small frozen
 * chunks, and adding one copies only the last chunk and the list of chunks. Older states stay valid
 * because no chunk is ever changed once built.
 */
const CHUNK_SIZE = 64;

export interface HandledCommands {
  readonly chunks: readonly ReadonlySet<string>[];
}

export const NO_HANDLED_COMMANDS: HandledCommands = { chunks: [] };

export function hasHandled(handled: HandledCommands, commandId: string): boolean {
  return handled.chunks.some((chunk) => chunk.has(commandId));
}

export function withHandled(handled: HandledCommands, commandId: string): HandledCommands {
  if (hasHandled(handled, commandId)) return handled;
  const last = handled.chunks[handled.chunks.length - 1];
  if (last === undefined || last.size >= CHUNK_SIZE) {
    return { chunks: [...handled.chunks, new Set([commandId])] };
  }
  return { chunks: [...handled.chunks.slice(0, -1), new Set([...last, commandId])] };
}
