/**
 * Loaded before the CLI (`-r`) by a test: every file read stream becomes one that never delivers a byte
 * nor ends, and holds nothing that keeps the process alive. A command reading a file then waits on a
 * promise that can never settle, and the process runs out of work: the way a run ends without a word.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';

Object.defineProperty(fs, 'createReadStream', {
  value: () => new Readable({ read: () => undefined }),
});
