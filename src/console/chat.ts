import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Asker, BotContext } from '../commands/types.ts';
import { askerOf } from '../language/index.ts';
import { repliesFor } from '../commands/answers.ts';
import { drained, onceGone, writeTo } from '../base/stdio.ts';
import { converse, turnAnswer, type ConversationSlot } from '../conversation/converse.ts';
import { ConversationStore } from '../conversation/store.ts';
import { COLOUR, PLAIN, renderText } from './render.ts';
import { messageOf } from '../base/errorMessage.ts';
import { reportText, terminalReport } from '../commands/report.ts';

export interface ChatStreams {
  input: Readable & { isTTY?: boolean };
  output: Writable & { isTTY?: boolean };
}

const QUIT = /^\/?(?:quit|exit|bye)$/i;
const REPORT_LINE = /^\/report(?:\s+(.*))?$/i;

export function useColour(output: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(output.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
}

/**
 * What the terminal says of whoever types: the language their session's locale names (LC_ALL,
 * LC_MESSAGES, LANG, in POSIX's order), as Discord and Slack say a user's; nothing for English,
 * "C" or a language the bot lacks.
 */
export function terminalAsker(env: NodeJS.ProcessEnv = process.env): Asker {
  return askerOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Answers one line (in a conversation, when given one), in the asker's language; a failure becomes an apology, never the end of the chat. */
export function answerLine(ctx: BotContext, line: string, colour: boolean, slot: ConversationSlot | null = null, asker: Asker = {}): string {
  try {
    const report = REPORT_LINE.exec(line.trim());
    if (report) return reportText(terminalReport(ctx, report[1] ?? '', asker));
    return renderText(turnAnswer(converse(ctx, line, slot, asker)), colour ? COLOUR : PLAIN);
  } catch (error) {
    return repliesFor(asker).terminal.failed(messageOf(error));
  }
}

/**
 * The terminal chat, answering from the knowledge as it is at each line (`current`). On a terminal: a prompt, colour, /help, and /quit or Ctrl-D to leave.
 * With piped input: each line answered in plain text, then exit. It also ends when `stop` is
 * aborted (a signal) or when nobody reads the output any more (`… | head`), quietly, as Unix
 * tools do.
 */
export function runChat(current: () => BotContext, { input, output }: ChatStreams = { input: process.stdin, output: process.stdout }, stop?: AbortSignal, asker: Asker = terminalAsker()): Promise<void> {
  const interactive = Boolean(input.isTTY);
  const colour = useColour(output);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  // One person, one place: the terminal is one conversation ("what else did he say?").
  const slot = { store: new ConversationStore(), key: 'terminal' };
  const said = repliesFor(asker).terminal;
  if (interactive) {
    const { reports, passages } = current().search.knowledge;
    const titles = reports.map((r) => `“${r.title}”`).join(', ');
    writeTo(output, `${said.welcome(titles, passages.length)}\n\n`);
    rl.setPrompt(colour ? '\u001b[1mreport-bot>\u001b[22m ' : 'report-bot> ');
    rl.prompt();
  }
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      const text = line.trim();
      if (QUIT.test(text)) {
        rl.close();
        return;
      }
      // A reader that is behind pauses the input: the answers wait rather than piling up in memory.
      if (text && !writeTo(output, `${answerLine(current(), text, colour, slot, asker)}\n\n`) && output.writableNeedDrain && !output.errored) {
        rl.pause();
        void drained(output).then(() => rl.resume());
      }
      if (interactive) rl.prompt();
    });
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      if (interactive) writeTo(output, `\n${said.bye}\n`);
      resolve();
    });
    onceGone(output, () => rl.close());
    if (stop?.aborted) rl.close();
    stop?.addEventListener('abort', () => rl.close(), { once: true });
  });
}
