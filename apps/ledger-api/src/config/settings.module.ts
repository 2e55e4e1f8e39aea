import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { loadSettings, type Settings } from '@fund-ledger/config';

/** Injection token for the validated `Settings` of the running service. */
export const SETTINGS = Symbol('SETTINGS');
const SETTINGS_CONFIG_KEY = 'settings';

/**
 * Validates the environment through `loadSettings` when the module is built, so a bad value stops
 * start-up before anything opens a connection. Settings come from the process environment only (no
 * `.env` file), exactly as the CLI reads them, so both programs always agree.
 */
@Module({})
export class SettingsModule {
  /** `env` replaces the process environment, for tests that start several services side by side. */
  static forRoot(env?: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: SettingsModule,
      global: true,
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          validate: (processEnv) => ({ [SETTINGS_CONFIG_KEY]: loadSettings(env ?? processEnv) }),
        }),
      ],
      providers: [
        {
          provide: SETTINGS,
          inject: [ConfigService],
          useFactory: (config: ConfigService): Settings => config.getOrThrow<Settings>(SETTINGS_CONFIG_KEY),
        },
      ],
      exports: [SETTINGS],
    };
  }
}
