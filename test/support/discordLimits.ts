import { embedLength, LIMITS, type EmbedLike } from '../../src/discord/limits.ts';

/** Every way a message payload breaks Discord's limits; empty when it fits. */
export function limitProblems(payload: { content?: string | null; embeds?: EmbedLike[] }): string[] {
  const problems: string[] = [];
  const embeds = payload.embeds ?? [];
  if ((payload.content?.length ?? 0) > LIMITS.content) problems.push(`content ${payload.content?.length} > ${LIMITS.content}`);
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds > ${LIMITS.embeds}`);
  let total = 0;
  embeds.forEach((e, i) => {
    const check = (what: string, length: number | undefined, max: number) => {
      if ((length ?? 0) > max) problems.push(`embed ${i} ${what} ${length} > ${max}`);
    };
    check('title', e.title?.length, LIMITS.embedTitle);
    check('description', e.description?.length, LIMITS.embedDescription);
    check('fields', e.fields?.length, LIMITS.embedFields);
    check('footer', e.footer?.text.length, LIMITS.footer);
    check('author', e.author?.name.length, LIMITS.author);
    for (const f of e.fields ?? []) {
      check('field name', f.name.length, LIMITS.fieldName);
      check('field value', f.value.length, LIMITS.fieldValue);
      if (!f.name || !f.value) problems.push(`embed ${i} has an empty field`);
    }
    total += embedLength(e);
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} > ${LIMITS.embedTotal}`);
  return problems;
}
