import type { AllMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../base/logger.ts';

/** A person's language rarely changes: asked once an hour at most. */
const REMEMBER_MS = 60 * 60_000;
/** After a failure, Slack is asked again this much later, not at every message. */
const RETRY_AFTER_MS = 60_000;
/** People remembered at most: a busy app must not grow this without end. */
const MOST_REMEMBERED = 10_000;
/** How long an answer waits for users.info: a slash command has three seconds to be acknowledged in all. */
export const LOCALE_WAIT_MS = 800;

/**
 * The locale a Slack user set ("fr-FR"), from users.info with include_locale, to answer in
 * their language. One call at a time per person, remembered an hour; an answer waits for it at
 * most `waitMs`, then goes out in the question's language (the call goes on and its locale
 * serves the next question). A call Slack refuses is logged and leaves no locale.
 */
export class UserLocales {
  private readonly known = new Map<string, { locale: string | undefined; until: number }>();
  private readonly asking = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly logger: Logger,
    private readonly waitMs = LOCALE_WAIT_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async of(client: AllMiddlewareArgs['client'], team: string, user: string): Promise<string | undefined> {
    const key = `${team}:${user}`;
    const remembered = this.known.get(key);
    if (remembered && remembered.until > this.now()) return remembered.locale;
    let pending = this.asking.get(key);
    if (!pending) {
      pending = this.ask(client, key, team, user).finally(() => this.asking.delete(key));
      this.asking.set(key, pending);
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, this.waitMs, undefined)));
    try {
      return await Promise.race([pending, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async ask(client: AllMiddlewareArgs['client'], key: string, team: string, user: string): Promise<string | undefined> {
    let locale: string | undefined;
    let until = this.now() + REMEMBER_MS;
    try {
      const { user: info } = await client.users.info({ user, include_locale: true });
      locale = info?.locale;
    } catch (error) {
      this.logger.warn('could not ask Slack for a user locale (users.info; the app needs users:read)', { team, user, error });
      until = this.now() + RETRY_AFTER_MS;
    }
    this.known.delete(key);
    if (this.known.size >= MOST_REMEMBERED) this.known.delete(this.known.keys().next().value as string);
    this.known.set(key, { locale, until });
    return locale;
  }
}
