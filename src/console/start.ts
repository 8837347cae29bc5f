import { KnowledgeBase, knowledgeOptions } from '../app/knowledgeBase.ts';
import type { App } from '../app/start.ts';
import { startupProblem } from '../app/startup.ts';
import { writeErr } from '../app/stdio.ts';
import { runChat } from './chat.ts';

/** `npm start` without DISCORD_TOKEN: the terminal chat, until the input ends or a signal. */
export async function startTerminal({ config, logger, shutdown }: App): Promise<void> {
  let ctx;
  try {
    ctx = (await KnowledgeBase.open(config.knowledgeDir, logger, knowledgeOptions(config))).current();
  } catch (error) {
    process.exitCode = startupProblem([(error as Error).message], config.logFormat);
    return;
  }
  if (process.stdin.isTTY) writeErr('No DISCORD_TOKEN set: answering here in the terminal.\n');
  const stop = new AbortController();
  const chat = runChat(ctx, undefined, stop.signal);
  const remove = shutdown.add({
    name: 'terminal chat',
    close: () => {
      stop.abort();
      return chat;
    },
  });
  await chat;
  remove();
}
