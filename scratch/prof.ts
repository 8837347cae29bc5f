import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { FakeSlack, BOT_TOKEN, SIGNING_SECRET } from '../test/support/fakeSlack.ts';
import { slashCommand } from '../test/support/slackPayloads.ts';
import { spawn } from 'node:child_process';
const fake = await new FakeSlack().start();
const port = 39123;
const bot = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof9', 'dist/main.js'], { env: { ...process.env, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 3000));
for (let i = 0; i < 3000; i++) {
  const body = new URLSearchParams(slashCommand('/who-said', 'glue layers GPL', 'U1', fake.responseUrl())).toString();
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig }, body }).then((r) => r.text());
}
bot.kill('SIGTERM');
await new Promise((r) => bot.once('exit', r));
await fake.stop();
