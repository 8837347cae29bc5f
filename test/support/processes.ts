import { execFileSync, spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { ROOT } from './context.ts';
import { APP_ID, TOKEN, type FakeDiscord } from './fakeDiscord.ts';
import { cleanEnv } from './run.ts';

export interface Started {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts a command as a supervisor would: in its own process group (its id is the child's pid),
 * so that a test can tell whether anything it started is still alive.
 */
export function startInGroup(command: string, args: string[], env: NodeJS.ProcessEnv, stdio: StdioOptions = ['ignore', 'pipe', 'pipe']): Started {
  const child = spawn(command, args, { cwd: ROOT, env, stdio, detached: true });
  if (child.pid) groups.add(child.pid);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

/** Whether any process of the group is still alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Milliseconds until every process of the group has gone, or null after `timeoutMs`. */
export async function groupGoneWithin(pgid: number, timeoutMs: number): Promise<number | null> {
  const start = performance.now();
  while (groupAlive(pgid)) {
    if (performance.now() - start > timeoutMs) return null;
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - start;
}

const groups = new Set<number>();

/** Kills whatever is left of every group started (a test that failed must not leave a bot running). */
export function killStarted(): void {
  for (const pgid of groups) if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
  groups.clear();
}

/** The bot's environment for the fake Discord: its token, application and REST address. */
export function botEnv(fake: FakeDiscord, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return cleanEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', COOLDOWN_SECONDS: '0', ...extra });
}

let ticksPerSecond: number | undefined;

/** CPU time (user + system) a process has used so far, in seconds, from /proc. */
export function cpuSeconds(pid: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/** A port nothing listens on now, for a process that must be told its PORT. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
