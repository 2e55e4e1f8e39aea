/** The few members of autocannon (which ships no type declarations) that the load runner uses. */
declare module 'autocannon' {
  namespace autocannon {
    interface Client {
      readonly requestIterator: { readonly context: Record<string, unknown> };
    }

    interface Result {
      readonly requests: { readonly total: number };
      readonly duration: number;
      readonly errors: number;
      readonly timeouts: number;
    }

    interface Instance {
      on(
        event: 'response',
        listener: (client: Client, status: number, bytes: number, latencyMs: number) => void,
      ): void;
    }
  }

  function autocannon(
    options: Record<string, unknown>,
    done: (error: Error | null, result: autocannon.Result) => void,
  ): autocannon.Instance;

  export = autocannon;
}
