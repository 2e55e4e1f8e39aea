/**
 * Support for the read endpoints' end-to-end tests: the service on a store and clock of the test's
 * choosing, and GET requests as a given role.
 */
import type { Response } from 'supertest';
import type { Role } from '@fund-ledger/config';
import type { Clock } from '../../../apps/ledger-api/src/common/clock';
import { bearer, startTestApp, type TestApp, type TestStoreKind } from '../support';
import { jurorSubject } from '../funds/fund-driver';

export function startReadModelsApp(
  store: TestStoreKind,
  clock: Clock,
  env: Readonly<Record<string, string>> = {},
): Promise<TestApp> {
  return startTestApp({ store, clock, env });
}

/** A GET as the role; with a member id, as the person the fund driver appoints as that member. */
export async function getAs(
  testApp: TestApp,
  role: Role,
  path: string,
  memberId?: string,
): Promise<Response> {
  const authorization = await bearer(role, memberId === undefined ? {} : { subject: jurorSubject(memberId) });
  return testApp.http().get(path).set('Authorization', authorization);
}

/** A GET that must answer 200; returns the body. */
export async function readAs<Body>(testApp: TestApp, role: Role, path: string): Promise<Body> {
  const response = await getAs(testApp, role, path);
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${response.text}`);
  return response.body as Body;
}
