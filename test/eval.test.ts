/**
 * The acceptance examples for the bundled LinuxWorld 2007 report, ported from the team's
 * shared evaluation file. 'who': one of these must appear in the top answer's attribution;
 * 'text': the top passage must contain it; 'none': the bot must say nothing matched;
 * 'topk'/'all': each phrase must appear among the first k findings.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED, ask, attributionText, resultsOf } from './support/context.ts';

interface Case {
  cmd: string;
  who?: string[];
  text?: string;
  none?: boolean;
  topk?: number;
  all?: string[];
}

const CASES: Case[] = [
  { cmd: '/who-said Xen is an open source project, not a product', who: ['Simon Crosby'], text: 'not a product' },
  { cmd: '/who-said open source innovation beats VMware', who: ['Simon Crosby'], text: 'ahead of proprietary' },
  { cmd: '/who-said Linux virtualization fragmentation helps Microsoft', who: ['Simon Crosby'], text: 'fragmentation' },
  { cmd: '/who-said the title Linux and Windows Interoperability', who: ['Sam Ramji'], text: 'Interoperability' },
  { cmd: '/who-said glue layers GPL', who: ['Tom Hanrahan'], text: 'glue layers' },
  { cmd: '/who-said I predict Xen will dominate', who: ['Bernard Golden', 'author'], text: 'I predict' },
  { cmd: '/who-said hypervisor takeover attacks all virtual machines', who: ['security', 'speaker', 'unnamed'], text: 'hypervisor' },
  { cmd: '/who-said break even around six VMs per server', who: ['Tony Iams'], text: 'break-even' },
  { cmd: '/who-said operating systems stay in silos', who: ['Tony Iams'], text: 'silos' },
  { cmd: '/who-said Opteron dual-core excitement', who: ['Bernard Golden', 'author'], text: 'Opteron' },
  { cmd: '/who-said blockchain will replace the hypervisor', none: true },
  { cmd: '/findings', topk: 8, all: ['primary driver for x86', 'Consolidation ratios', 'uber-management'] },
  { cmd: '/findings high availability', topk: 3, all: ['high availability'] },
  { cmd: '/findings silos', topk: 3, all: ['silos'] },
];

describe('public cases for the bundled report', () => {
  it.each(CASES)('$cmd', async (c) => {
    const answer = await ask(BUNDLED, c.cmd);
    if (c.none) {
      expect(answer.kind).toBe('none');
      expect(answer.lead).toMatch(/nothing/i);
      return;
    }
    const results = resultsOf(answer);
    expect(answer.kind, answer.lead).toBe('passages');
    const top = results[0];
    if (!top) throw new Error('no top result');
    if (c.who) {
      const who = attributionText(top);
      expect(c.who.some((w) => who.includes(w)), `top attribution "${who}" should name one of ${c.who.join(', ')}`).toBe(true);
    }
    if (c.text) expect(top.passage.text).toContain(c.text);
    if (c.topk && c.all) {
      const first = results.slice(0, c.topk).map((r) => r.passage.text);
      for (const phrase of c.all) expect(first.some((t) => t.includes(phrase)), `"${phrase}" among the first ${c.topk}`).toBe(true);
      for (const r of results) expect(r.passage.isFinding).toBe(true);
    }
  });
});
