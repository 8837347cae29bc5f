import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './context.ts';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The saved index of every process a test starts: never the project's own .cache folder. */
export const TEST_CACHE_DIR = path.join(os.tmpdir(), 'report-bot-test-cache');

/** An environment without the developer's Discord, Slack and database settings: .env never overrides a set variable. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KNOWLEDGE_CACHE_DIR: TEST_CACHE_DIR, DISCORD_PUBLIC_KEY: '', DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', DISCORD_GUILD_ID: '', DISCORD_API_URL: '', DISCORD_MESSAGE_CONTENT: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_API_URL: '', PORT: '', HOST: '', KNOWLEDGE_DIR: '', LOG_FORMAT: '', KNOWLEDGE_MAX_BYTES: '', NO_COLOR: '', DATABASE_URL: '', FEEDBACK: '', FEEDBACK_DAYS: '', ...extra };
  delete env.FORCE_COLOR;
  return env;
}

/** Runs a command in the project folder, feeding `input` on stdin. */
export function run(command: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: options.env ?? cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // A command that exits without reading its input (git) closes the pipe: not an error here.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** The project's TypeScript entry points, run the way npm scripts run them. */
export function runTs(script: string, args: string[], options: Parameters<typeof run>[2] = {}): Promise<RunResult> {
  return run(process.execPath, ['--import', 'tsx', script, ...args], options);
}
