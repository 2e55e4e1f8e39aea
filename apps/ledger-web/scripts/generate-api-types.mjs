/**
 * Turns the service's OpenAPI document (read from stdin) into the TypeScript types of the web
 * application's API client, printed on stdout. The committed `src/api/schema.d.ts` is this output for
 * the current document: `npm run generate:api` writes it, and a test fails when it is stale.
 */
import process from 'node:process';
import { text } from 'node:stream/consumers';
import openapiTS, { astToString } from 'openapi-typescript';

const document = JSON.parse(await text(process.stdin));
const nodes = await openapiTS(document, { exportType: false, alphabetize: false });
process.stdout.write(
  `/* The API of fund-ledger as TypeScript types, generated from its OpenAPI document by npm run generate:api. Do not edit. */\n\n${astToString(nodes)}`,
);
