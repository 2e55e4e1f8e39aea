import { applyDecorators, Get, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles, type Role } from '../../auth';

export interface ReadModelRouteOptions {
  readonly path: string;
  readonly roles: [Role, ...Role[]];
  readonly summary: string;
  readonly description: string;
  readonly response: Type<unknown>;
}

/** Everything a read-model query route declares: GET, the roles admitted, and its documentation. */
export function ReadModelRoute(options: ReadModelRouteOptions): MethodDecorator {
  return applyDecorators(
    Get(options.path),
    Roles(...options.roles),
    ApiBearerAuth(),
    ApiOperation({
      summary: options.summary,
      description: `${options.description}\n\nAmounts are decimal strings in EUR. Roles: ${options.roles.join(', ')}.`,
    }),
    ApiOkResponse({ type: options.response }),
    ApiBadRequestResponse({ description: 'A path or query parameter is malformed (problem+json naming it)' }),
    ApiUnauthorizedResponse({ description: 'No valid bearer token' }),
    ApiForbiddenResponse({ description: `The token has none of the roles ${options.roles.join(', ')}` }),
    ApiNotFoundResponse({ description: 'There is no such fund (at that point in time), or no such account' }),
  );
}
