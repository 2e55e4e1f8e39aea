import type { ModuleMetadata } from '@nestjs/common';

/**
 * The modules of the fund use cases (under `funds/`), mounted by `AppModule`. Each use case adds its
 * module here; the platform around them (auth, idempotency, errors, operations) needs no change.
 */
export const FEATURE_MODULES: NonNullable<ModuleMetadata['imports']> = [];
