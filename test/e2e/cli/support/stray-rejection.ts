/**
 * Loaded before the CLI (`-r`) by a test: once the program has started, a promise is rejected with no
 * one to catch it, as a stream's error can be after its reader has gone.
 */
setImmediate(() => {
  void Promise.reject(new Error('a stream failed after its reader had gone'));
});
