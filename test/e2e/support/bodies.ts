import type { Response, Test } from 'supertest';

/** Supertest parses only text and JSON bodies by itself; PDFs and JSON Lines are collected as bytes. */
function collectBody(
  response: NodeJS.ReadableStream,
  done: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The response of a request whose body is kept as bytes, whatever its media type. */
export function withBodyBytes(request: Test): Promise<Response> {
  return request
    .buffer(true)
    .parse((stream, done) => collectBody(stream as unknown as NodeJS.ReadableStream, done));
}
