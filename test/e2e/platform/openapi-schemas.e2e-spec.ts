/**
 * Goal: every class the routes take as a request body or give as a response, and every class those
 * nest, has a schema of its own in the OpenAPI document the service serves, under its class name and
 * with its own properties. The document names a schema by the class name alone: two classes of one
 * name would share one schema, and the clients generated from it (the web application's types among
 * them) would get one shape for both. Every `$ref` in the document names a schema it holds.
 */
import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { startTestApp, type TestApp } from '../support';

interface OpenApiDocument {
  readonly components: { readonly schemas: Record<string, { readonly properties?: object }> };
}

type Dto = Type<unknown>;

/** Types written in a schema inline rather than as a schema of their own. */
const INLINE_TYPES: ReadonlySet<unknown> = new Set([String, Number, Boolean, Date, Object, Array]);

/** A class given as `type` of a response, body or property: the class itself, in an array, or lazily. */
function dtoOf(type: unknown): Dto | undefined {
  if (Array.isArray(type)) return dtoOf(type[0]);
  if (typeof type !== 'function' || INLINE_TYPES.has(type)) return undefined;
  // A class has a prototype; an arrow function giving the class lazily has none.
  if (type.prototype === undefined) return dtoOf((type as () => unknown)());
  return type as Dto;
}

/** The controllers whose routes the document describes. */
function documentedControllers(app: TestApp['app']): Dto[] {
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) =>
    [...module.controllers.values()].map((wrapper) => wrapper.metatype as Dto),
  );
  return controllers.filter((controller) => {
    const excluded = Reflect.getMetadata(DECORATORS.API_EXCLUDE_CONTROLLER, controller) as unknown[];
    return excluded?.[0] !== true;
  });
}

/** The names of a controller's documented route methods. */
function routeNames(controller: Dto): string[] {
  const prototype = controller.prototype as Record<string, object>;
  return Object.getOwnPropertyNames(prototype).filter(
    (name) =>
      name !== 'constructor' &&
      typeof prototype[name] === 'function' &&
      Reflect.getMetadata(DECORATORS.API_EXCLUDE_ENDPOINT, prototype[name])?.disable !== true,
  );
}

/** The classes a route takes as its body (`@Body()` or `@ApiBody`) or gives as a response. */
function dtosOfRoute(controller: Dto, route: string): Dto[] {
  const handler = (controller.prototype as Record<string, object>)[route];
  const argumentTypes = (Reflect.getMetadata('design:paramtypes', controller.prototype, route) ??
    []) as unknown[];
  const routeArguments = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, route) ?? {}) as Record<
    string,
    { index: number }
  >;
  const bodies = Object.entries(routeArguments)
    .filter(([key]) => key.split(':')[0] === String(RouteParamtypes.BODY))
    .map(([, argument]) => argumentTypes[argument.index]);
  const parameters = (Reflect.getMetadata(DECORATORS.API_PARAMETERS, handler) ?? []) as {
    in?: string;
    type?: unknown;
  }[];
  const declaredBodies = parameters
    .filter((parameter) => parameter.in === 'body')
    .map((parameter) => parameter.type);
  const responses = Object.values(
    (Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) ?? {}) as Record<string, { type?: unknown }>,
  ).map((response) => response.type);
  return [...bodies, ...declaredBodies, ...responses].flatMap((type) => dtoOf(type) ?? []);
}

/** The documented properties of a class, its inherited ones included. */
function propertiesOf(dto: Dto): string[] {
  const keys = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, dto.prototype) ?? []) as string[];
  return [...new Set(keys.map((key) => key.slice(1)))];
}

function nestedDtos(dto: Dto): Dto[] {
  return propertiesOf(dto).flatMap((property) => {
    const metadata = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, dto.prototype, property) as {
      type?: unknown;
      items?: { type?: unknown };
    };
    return [dtoOf(metadata?.type), dtoOf(metadata?.items?.type)].flatMap((nested) => nested ?? []);
  });
}

/** Every class the documented routes reach: their bodies and responses and the classes these nest. */
function reachableDtos(app: TestApp['app']): Set<Dto> {
  const found = new Set<Dto>();
  const pending = documentedControllers(app).flatMap((controller) =>
    routeNames(controller).flatMap((route) => dtosOfRoute(controller, route)),
  );
  for (let dto = pending.pop(); dto !== undefined; dto = pending.pop()) {
    if (found.has(dto)) continue;
    found.add(dto);
    pending.push(...nestedDtos(dto));
  }
  return found;
}

function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : referencesIn(inner),
  );
}

describe('the schemas of the OpenAPI document', () => {
  let service: TestApp;
  let document: OpenApiDocument;
  let dtos: Dto[];

  beforeAll(async () => {
    service = await startTestApp();
    document = (await service.http().get('/docs-json').expect(200)).body;
    dtos = [...reachableDtos(service.app)];
  });
  afterAll(async () => service.close());

  it('come from the request and response classes of the routes', () => {
    expect(dtos.map((dto) => dto.name)).toEqual(
      expect.arrayContaining(['OpenFundRequestDto', 'FundCommandResponse', 'BoardEntryDto']),
    );
  });

  it('never give one name to two classes', () => {
    const classesByName = new Map<string, Dto[]>();
    for (const dto of dtos) classesByName.set(dto.name, [...(classesByName.get(dto.name) ?? []), dto]);
    const shared = [...classesByName].filter(([, classes]) => classes.length > 1).map(([name]) => name);
    expect(shared).toEqual([]);
  });

  it('hold every class under its own name with its own properties', () => {
    const { schemas } = document.components;
    const misdescribed = dtos
      .filter((dto) => {
        const schema = schemas[dto.name];
        const documented = Object.keys(schema?.properties ?? {}).sort();
        return schema === undefined || documented.join() !== propertiesOf(dto).sort().join();
      })
      .map((dto) => dto.name);
    expect(misdescribed).toEqual([]);
  });

  it('are all a reference leads to', () => {
    const unresolved = referencesIn(document).filter((reference) => {
      const name = reference.replace(/^#\/components\/schemas\//, '');
      return name === reference || document.components.schemas[name] === undefined;
    });
    expect(unresolved).toEqual([]);
  });
});
