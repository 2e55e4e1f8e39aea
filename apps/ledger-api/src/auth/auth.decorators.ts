import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles';

export const PUBLIC_ROUTE = 'fund-ledger:public-route';
export const ROUTE_ROLES = 'fund-ledger:route-roles';

/** Marks a route (or a whole controller) as answering without a token, e.g. health checks. */
export const Public = (): ClassDecorator & MethodDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** The roles admitted to a route (or every route of a controller); any one of them suffices. */
export const Roles = (...roles: [Role, ...Role[]]): ClassDecorator & MethodDecorator =>
  SetMetadata(ROUTE_ROLES, roles);
