/** Discord's message and embed limits (https://discord.com/developers/docs/resources/message). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
} as const;

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

/** Characters that count toward the 6,000 total of a message's embeds. */
export function embedLength(embed: EmbedLike): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

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
