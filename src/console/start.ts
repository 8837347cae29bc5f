import { KnowledgeBase, knowledgeOptions } from '../runtime/knowledgeBase.ts';
import type { App } from '../runtime/app.ts';
import { startupProblem } from '../base/startup.ts';
import { writeErr } from '../base/stdio.ts';
import { runChat } from './chat.ts';
import { messageOf } from '../base/errorMessage.ts';

/** `npm start` without DISCORD_TOKEN: the terminal chat, until the input ends or a signal, watching the knowledge folder. */
export async function startTerminal({ config, logger, shutdown }: App): Promise<void> {
  let knowledge: KnowledgeBase;
  try {
    knowledge = await KnowledgeBase.open(config.knowledgeDir, logger, knowledgeOptions(config));
  } catch (error) {
    process.exitCode = startupProblem([messageOf(error)], config.logFormat);
    return;
  }
  if (process.stdin.isTTY) writeErr('No DISCORD_TOKEN set: answering here in the terminal.\n');
  // As in Discord and Slack: a report saved into the folder answers from the next question on.
  knowledge.watch();
  const stop = new AbortController();
  const chat = runChat(knowledge.current, undefined, stop.signal).finally(() => knowledge.close());
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
