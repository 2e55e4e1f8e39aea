import type { Type } from '@nestjs/common';
import type { FundCommand } from '@fund-ledger/domain';
import type { Settings } from '@fund-ledger/config';
import type { Role } from '../../auth';
import type { CommandContext } from '../../command-path';

/** What a use case hands to the command path: the domain command, and the thing it creates or acts on. */
export interface FundCommandToRun {
  readonly command: FundCommand;
  /** Answered as the response's `id`. */
  readonly resourceId: string;
}

/**
 * Everything specific to one fund use case, declared once: its route and documentation, the classes
 * that validate its path and body, and the pure mapping of a validated request onto the domain
 * command. The controller and the command handler that run it are the same for every use case
 * (`fundUseCaseController`, `RunFundUseCaseHandler`).
 */
export interface FundUseCase<Path extends object = object, Body = unknown> {
  /** The use case's name, as its folder is named: `submit-application`. */
  readonly name: string;
  /** The route of the POST, with its path parameters: `funds/:fundId/applications`. */
  readonly route: string;
  /** The group of the API documentation it is listed in. */
  readonly tag: string;
  /** The roles admitted; any one suffices. */
  readonly roles: [Role, ...Role[]];
  /** One line for the operation list of the API documentation. */
  readonly summary: string;
  /** What the command does to the fund, and the rules it can break. */
  readonly description: string;
  /** The class of the route's path parameters; none for a route without any. */
  readonly pathParams?: Type<Path>;
  /** The class of the request body; none when the request has no fields (`EmptyBody`). */
  readonly requestBody?: Type<Body>;
  /**
   * The method part of the published operationId (`<UseCase>HttpController_<method>`) where it is
   * not the use case's name in camel case; generated clients name their calls after it.
   */
  readonly operationMethod?: string;
  /**
   * Maps the validated request onto the domain command; pure: ids and time come from the context, and
   * the service's settings are there for the few rules of the edge that depend on them.
   */
  toCommand(path: Path, body: Body, context: CommandContext, settings: Settings): FundCommandToRun;
}

/** Declares a use case, inferring its path and body types from the classes it names. */
export function fundUseCase<Path extends object, Body = undefined>(
  useCase: FundUseCase<Path, Body>,
): FundUseCase<Path, Body> {
  return useCase;
}
