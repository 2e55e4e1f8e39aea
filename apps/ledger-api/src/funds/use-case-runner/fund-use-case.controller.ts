import { Body, Controller, Inject, Param, type Type } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CommandContext } from '../../command-path';
import { EmptyBody } from '../request-fields/empty-body.decorator';
import { FundCommandRoute } from './fund-command-route.decorator';
import type { FundCommandResponse } from './fund-command.response';
import type { FundUseCase } from './fund-use-case';
import { RunFundUseCase } from './run-fund-use-case';

/** One parameter of the route's method: how Nest fills it, and the class it validates it against. */
interface RouteParameter {
  readonly decorator: ParameterDecorator;
  readonly type: unknown;
}

/**
 * The controller of one use case, built from its definition as if it had been written out: a class
 * `<UseCase>HttpController` with one POST method whose parameters are the path (`@Param()`), the body
 * (`@Body()`, or `@EmptyBody()`) and the command context. The parameter classes are recorded as
 * `design:paramtypes`, as the compiler does for a written method, so the validation pipe checks the
 * request against them and the OpenAPI document describes them.
 */
export function fundUseCaseController<Path extends object, Body>(useCase: FundUseCase<Path, Body>): Type {
  class UseCaseController implements CommandSender {
    constructor(@Inject(CommandBus) readonly commandBus: CommandBus) {}
  }
  Object.defineProperty(UseCaseController, 'name', { value: `${pascalCase(useCase.name)}HttpController` });
  defineRouteMethod(UseCaseController.prototype, useCase);
  ApiTags(useCase.tag)(UseCaseController);
  Controller(useCase.route)(UseCaseController);
  return UseCaseController;
}

interface CommandSender {
  readonly commandBus: CommandBus;
}

/** Adds the POST method, named as the operationId needs it, with its parameters and route decorators. */
function defineRouteMethod<Path extends object, Body>(
  prototype: CommandSender,
  useCase: FundUseCase<Path, Body>,
): void {
  const method = useCase.operationMethod ?? camelCase(useCase.name);
  const withoutPath = useCase.pathParams === undefined;
  function runUseCase(this: CommandSender, ...values: unknown[]): Promise<FundCommandResponse> {
    const [path, body, context] = (withoutPath ? [{}, ...values] : values) as [Path, Body, CommandContext];
    return this.commandBus.execute(new RunFundUseCase(useCase, path, body, context));
  }
  Object.defineProperty(runUseCase, 'name', { value: method });
  const descriptor: PropertyDescriptor = { value: runUseCase, writable: true, configurable: true };
  Object.defineProperty(prototype, method, descriptor);
  const parameters = routeParameters(useCase);
  Reflect.defineMetadata(
    'design:paramtypes',
    parameters.map(({ type }) => type),
    prototype,
    method,
  );
  parameters.forEach(({ decorator }, index) => decorator(prototype, method, index));
  FundCommandRoute(useCase)(prototype, method, descriptor);
}

function routeParameters(useCase: FundUseCase<object, unknown>): RouteParameter[] {
  const path: RouteParameter[] =
    useCase.pathParams === undefined ? [] : [{ decorator: Param(), type: useCase.pathParams }];
  const body: RouteParameter =
    useCase.requestBody === undefined
      ? { decorator: EmptyBody(), type: undefined }
      : { decorator: Body(), type: useCase.requestBody };
  return [...path, body, { decorator: CommandContext(), type: Object }];
}

function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
