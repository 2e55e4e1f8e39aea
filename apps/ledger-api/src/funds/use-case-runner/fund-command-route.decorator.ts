import { applyDecorators, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles, type Role } from '../../auth';
import { FundCommandResponse } from './fund-command.response';

export interface FundCommandRouteOptions {
  /** The roles admitted; any one suffices. */
  readonly roles: [Role, ...Role[]];
  /** One line for the operation list of the API documentation. */
  readonly summary: string;
  /** What the command does to the fund, and the rules it can break. */
  readonly description: string;
}

const IDEMPOTENCY_KEY_DESCRIPTION =
  'Required. A unique value (such as a UUID) per intended operation; send the same value when retrying. ' +
  'The same key with the same request returns the first response and records nothing twice; ' +
  'with a different request it is refused (422). Without an id in the body, the new resource takes the command id derived from this key.';

/**
 * Everything a fund command route declares besides its handler: POST, the admitted roles, and its
 * documentation (bearer token, Idempotency-Key header, the 201 response and the problem responses).
 */
export function FundCommandRoute(options: FundCommandRouteOptions): MethodDecorator {
  return applyDecorators(
    Post(),
    Roles(...options.roles),
    ApiOperation({
      summary: options.summary,
      description: `${options.description}\n\nRoles: ${options.roles.join(', ')}.`,
    }),
    ApiHeader({ name: 'Idempotency-Key', required: true, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    ApiCreatedResponse({ description: 'The command was carried out', type: FundCommandResponse }),
    ApiBadRequestResponse({ description: 'A field is missing or invalid (problem+json naming each field)' }),
    ApiUnauthorizedResponse({ description: 'No valid bearer token' }),
    ApiForbiddenResponse({ description: `The token has none of the roles ${options.roles.join(', ')}` }),
    ApiNotFoundResponse({ description: 'The fund, or a thing the command names, does not exist' }),
    ApiConflictResponse({
      description:
        'The command conflicts with the current state, or the fund changed at the same time (retry)',
    }),
    ApiUnprocessableEntityResponse({
      description:
        'The command breaks a rule of the fund (problem+json with the error code), or the Idempotency-Key was used for another request',
    }),
  );
}
