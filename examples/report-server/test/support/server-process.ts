import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../src/server.ts', import.meta.url));
const CWD = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The service as its own Node process (`src/server.ts`), as `pnpm start` runs
 * it: started, SIGKILLed and started again on the same database and port.
 */
export class ServerProcess {
  readonly #env: Record<string, string>;
  #child: ChildProcess | undefined;
  /** Everything every run printed on stdout and stderr. */
  output = '';
  /** How many times it was started. */
  starts = 0;

  /**
   * @param env - The server's environment (DATABASE_URL or DATA_DIR, PORT, ROLLOUT_TODAY …).
   */
  constructor(env: Record<string, string>) {
    this.#env = env;
  }

  /** Starts it and waits until it listens (at most `timeoutMs`). */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.#child) throw new Error('already running');
    this.starts++;
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
      cwd: CWD,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...this.#env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`no "listening" within ${timeoutMs} ms:\n${this.output.slice(-2000)}`)),
        timeoutMs,
      );
      let seen = '';
      let ready = false;
      child.stdout!.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        this.output += text;
        if (ready) return;
        seen += text;
        if (seen.includes('"event":"listening"')) {
          ready = true;
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        this.output += chunk.toString('utf8');
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (this.#child === child) this.#child = undefined;
        if (!ready)
          reject(
            new Error(
              `the server exited (${code ?? signal}) before listening:\n${this.output.slice(-2000)}`,
            ),
          );
      });
    });
  }

  /** The process id of the running server (`undefined` when stopped). */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Whether it runs now. */
  get running(): boolean {
    return this.#child !== undefined;
  }

  /** Kills it with SIGKILL (no chance to finish anything) and waits for the exit. */
  async kill(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = undefined;
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** Stops it with SIGTERM (a clean shutdown) and waits for the exit. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = undefined;
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
