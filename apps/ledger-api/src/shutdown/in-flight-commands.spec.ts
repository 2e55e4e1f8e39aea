/**
 * Goal: shutdown waits for commands that are already running, and refuses commands that arrive
 * after it began, so no append is cut off halfway and none starts against a closing store.
 */
import { InFlightCommands, ShuttingDownError } from './in-flight-commands';

function deferred(): { promise: Promise<string>; resolve: (value: string) => void } {
  let resolve: (value: string) => void = () => undefined;
  const promise = new Promise<string>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('InFlightCommands', () => {
  it('drains only after every running command has finished', async () => {
    const commands = new InFlightCommands();
    const running = deferred();
    const execution = commands.run(() => running.promise);
    let drained = false;
    const draining = commands.drain().then((result) => {
      drained = true;
      return result;
    });

    await Promise.resolve();
    expect(drained).toBe(false);
    expect(commands.count).toBe(1);
    running.resolve('appended');

    await expect(execution).resolves.toBe('appended');
    await expect(draining).resolves.toBe(true);
    expect(commands.count).toBe(0);
  });

  it('refuses commands once draining has begun', async () => {
    const commands = new InFlightCommands();
    await commands.drain();

    await expect(commands.run(async () => 'late')).rejects.toBeInstanceOf(ShuttingDownError);
    expect(commands.isDraining).toBe(true);
  });

  it('stops waiting at the timeout and says so', async () => {
    const commands = new InFlightCommands();
    const running = deferred();
    void commands.run(() => running.promise);

    await expect(commands.drain(1)).resolves.toBe(false);
    running.resolve('done');
  });

  it('counts a failed command as finished', async () => {
    const commands = new InFlightCommands();
    await expect(commands.run(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(commands.count).toBe(0);
  });
});
