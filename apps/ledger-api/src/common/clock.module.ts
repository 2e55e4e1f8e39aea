import { type DynamicModule, Module } from '@nestjs/common';
import { CLOCK, type Clock, systemClock } from './clock';

/** Provides the `Clock` to every module: the system clock in the product, a fixed one in tests. */
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = systemClock): DynamicModule {
    return {
      module: ClockModule,
      global: true,
      providers: [{ provide: CLOCK, useValue: clock }],
      exports: [CLOCK],
    };
  }
}
