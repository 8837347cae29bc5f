import { LIMITS, type Block, type TextObject } from '../../src/slack/limits.ts';

/** Every way a message breaks Block Kit's limits; empty when it fits. */
export function blockProblems(message: { text?: string; blocks?: unknown[] }): string[] {
  const problems: string[] = [];
  const blocks = (message.blocks ?? []) as Block[];
  const text = (what: string, value: TextObject | undefined, max: number) => {
    const length = value?.text.length ?? 0;
    if (value && length === 0) problems.push(`${what} is empty`);
    if (length > max) problems.push(`${what} ${length} > ${max}`);
  };
  if ((message.text?.length ?? 0) > LIMITS.messageText) problems.push(`text ${message.text?.length} > ${LIMITS.messageText}`);
  if (blocks.length > LIMITS.blocks) problems.push(`${blocks.length} blocks > ${LIMITS.blocks}`);
  blocks.forEach((block, i) => {
    switch (block.type) {
      case 'section':
        if (!block.text && !block.fields?.length) problems.push(`block ${i} section has neither text nor fields`);
        text(`block ${i} section text`, block.text, LIMITS.sectionText);
        if ((block.fields?.length ?? 0) > LIMITS.fields) problems.push(`block ${i} has ${block.fields?.length} fields > ${LIMITS.fields}`);
        block.fields?.forEach((f, j) => text(`block ${i} field ${j}`, f, LIMITS.fieldText));
        break;
      case 'context':
        if (block.elements.length === 0 || block.elements.length > LIMITS.contextElements) problems.push(`block ${i} context has ${block.elements.length} elements`);
        block.elements.forEach((e, j) => text(`block ${i} context element ${j}`, e, LIMITS.contextText));
        break;
      case 'actions': {
        if (block.elements.length === 0 || block.elements.length > LIMITS.actionsElements) problems.push(`block ${i} actions has ${block.elements.length} elements`);
        const ids = new Set<string>();
        block.elements.forEach((b, j) => {
          text(`block ${i} button ${j} text`, b.text, LIMITS.buttonText);
          if ((b.value?.length ?? 0) > LIMITS.buttonValue) problems.push(`block ${i} button ${j} value ${b.value?.length} > ${LIMITS.buttonValue}`);
          if (!b.action_id || b.action_id.length > LIMITS.actionId) problems.push(`block ${i} button ${j} action_id length ${b.action_id.length}`);
          if (ids.has(b.action_id)) problems.push(`block ${i} repeats action_id ${b.action_id}`);
          ids.add(b.action_id);
        });
        break;
      }
      case 'header':
        text(`block ${i} header`, block.text, LIMITS.headerText);
        break;
      case 'divider':
        break;
      default:
        problems.push(`block ${i} has an unknown type ${(block as { type: string }).type}`);
    }
  });
  return problems;
}
