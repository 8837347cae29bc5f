import type { AllMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../base/logger.ts';

/** Long enough that a run of /report calls asks Slack once, short enough that a demoted admin soon loses it. */
const REMEMBER_MS = 60_000;
/** Workspace members remembered at most: a busy app must not grow this without end. */
const MOST_REMEMBERED = 10_000;

/**
 * Who may add and remove a workspace's reports and see its gaps: its admins and owners, as
 * users.info says (asked once a minute per person), and the user ids of REPORT_ADMINS
 * everywhere. An answer Slack will not give (no users:read on an app installed from an older
 * manifest, Slack down) grants nothing and is not remembered, so the next call asks again.
 */
export class ReportAdmins {
  private readonly known = new Map<string, { allowed: boolean; until: number }>();

  constructor(
    private readonly named: readonly string[],
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async allows(client: AllMiddlewareArgs['client'], team: string, user: string): Promise<boolean> {
    if (this.named.includes(user)) return true;
    const key = `${team}:${user}`;
    const remembered = this.known.get(key);
    if (remembered && remembered.until > this.now()) return remembered.allowed;
    let allowed: boolean;
    try {
      const { user: info } = await client.users.info({ user });
      allowed = Boolean(info?.is_admin || info?.is_owner);
    } catch (error) {
      this.logger.warn('could not ask Slack who may manage reports (users.info; the app needs users:read)', { team, user, error });
      return false;
    }
    this.known.delete(key);
    if (this.known.size >= MOST_REMEMBERED) this.known.delete(this.known.keys().next().value as string);
    this.known.set(key, { allowed, until: this.now() + REMEMBER_MS });
    return allowed;
  }
}
