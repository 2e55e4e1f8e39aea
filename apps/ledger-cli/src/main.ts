import { runCli } from './cli';
import { CLI_COMMANDS } from './commands';

runCli(
  process.argv.slice(2),
  {
    env: process.env,
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
  },
  CLI_COMMANDS,
).then((exitCode) => {
  process.exitCode = exitCode;
});
