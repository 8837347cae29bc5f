/**
 * Deterministic synthetic knowledge for the benchmark: reports in the bundled report's format
 * and vocabulary, with speakers introduced the way news prose does (so attribution has work
 * to do), list findings, first-person author passages, and text from a word-level Markov
 * chain trained on the bundled report (so passages read like it but differ).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** mulberry32: small, fast, and the same numbers on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Simon', 'Sam', 'Tom', 'Tony', 'Maria', 'Raj', 'Helen', 'Dan', 'Priya', 'Ana', 'Wei', 'Olga', 'Kenji', 'Fatima', 'Lars', 'Ines', 'Marco', 'Aisha', 'Pavel', 'Grace'];
const LAST = ['Crosby', 'Ramji', 'Hanrahan', 'Iams', 'Lopez', 'Patel', 'Park', 'Okafor', 'Raman', 'Novak', 'Chen', 'Ivanova', 'Tanaka', 'Haddad', 'Berg', 'Costa', 'Rossi', 'Bello', 'Kowal', 'Hughes'];
const ORGS = ['XenSource', 'Microsoft', 'Novell', 'Red Hat', 'VMware', 'IBM', 'Qumranet', 'Sun Microsystems', 'Intel', 'AMD', 'Oracle', 'Citrix', 'HP', 'Dell', 'Illuminata'];
const ROLES = ['analyst', 'chief architect', 'senior engineer', 'director', 'researcher', 'consultant'];

export interface Corpus {
  /** Markdown files: name and content. */
  files: { name: string; content: string }[];
  passages: number;
}

type Chain = Map<string, string[]>;

function train(text: string): { chain: Chain; starts: string[] } {
  const words = text.split(/\s+/).filter(Boolean);
  const chain: Chain = new Map();
  const starts: string[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] as string;
    const next = words[i + 1] as string;
    const list = chain.get(w) ?? [];
    list.push(next);
    chain.set(w, list);
    if (/[.!?]$/.test(w) && /^[A-Z]/.test(next)) starts.push(next);
  }
  return { chain, starts };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** One sentence from the chain, 8 to 30 words, ending at a full stop. */
function sentence(rand: () => number, chain: Chain, starts: string[]): string {
  const words = [pick(rand, starts)];
  while (words.length < 30) {
    const next = chain.get(words[words.length - 1] as string);
    if (!next) break;
    const word = pick(rand, next);
    words.push(word);
    if (/[.!?]$/.test(word) && words.length >= 8) break;
  }
  const text = words.join(' ').replace(/["“”]/g, '');
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Text of 300 to 600 characters. */
function body(rand: () => number, chain: Chain, starts: string[], lead = ''): string {
  let text = lead;
  const target = 300 + Math.floor(rand() * 300);
  while (text.length < target) text += (text ? ' ' : '') + sentence(rand, chain, starts);
  return text;
}

/** Sentences that read like the bundled report, the same ones for the same seed. */
export function sentences({ text }: Source, seed: number): () => string {
  const rand = random(seed);
  const { chain, starts } = train(text);
  return () => sentence(rand, chain, starts);
}

/** `count` speakers' full names, the same ones for the same seed. */
export function names(count: number, seed: number): string[] {
  const rand = random(seed);
  return Array.from({ length: count }, () => `${pick(rand, FIRST)} ${pick(rand, LAST)}`);
}

export interface Source {
  /** The bundled report's prose, without front matter and Markdown marks. */
  text: string;
  headings: string[];
}

export async function readSource(knowledgeFile: string): Promise<Source> {
  const body = (await readFile(knowledgeFile, 'utf8')).split(/^---$/m).slice(2).join('---');
  return {
    text: body.replace(/^##.*$/gm, '').replace(/^- /gm, ''),
    headings: [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1] as string),
  };
}

/** Reports of about 50 passages each, `passages` in all, from `seed`. */
export function syntheticCorpus({ text, headings }: Source, passages: number, seed = 1): Corpus {
  const rand = random(seed);
  const { chain, starts } = train(text);
  const files: Corpus['files'] = [];
  let made = 0;
  for (let r = 0; made < passages; r++) {
    const speakers = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => ({
      name: `${pick(rand, FIRST)} ${pick(rand, LAST)}`,
      org: pick(rand, ORGS),
      role: pick(rand, ROLES),
    }));
    const author = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    const lines: string[] = [];
    const count = Math.min(passages - made, 40 + Math.floor(rand() * 20));
    let i = 0;
    while (i < count) {
      lines.push(`## ${pick(rand, headings)} ${r}-${i}`);
      const s = pick(rand, speakers);
      const surname = s.name.split(' ')[1];
      const intro = [
        `${s.name} of ${s.org} claims that `,
        `${s.role === 'analyst' ? 'analyst ' : ''}${s.name} noted that `,
        `According to ${s.name}, ${s.role} at ${s.org}, `,
        `${surname} said that `,
      ];
      lines.push(body(rand, chain, starts, pick(rand, intro)));
      i++;
      for (let k = 0; k < 2 && i < count; k++, i++) lines.push(body(rand, chain, starts, pick(rand, ['He added that ', 'His message is that ', 'I think ', '', 'In my view, '])));
      if (i < count && rand() < 0.3) {
        lines.push('The key findings he presented:');
        i++;
        const items = Math.min(count - i, 3);
        lines.push(Array.from({ length: items }, () => `- ${body(rand, chain, starts).slice(0, 250)}`).join('\n'));
        i += items;
      }
      if (i < count && rand() < 0.2) {
        lines.push(body(rand, chain, starts, 'I did learn that '));
        i++;
      }
    }
    files.push({
      name: `synthetic-${String(r).padStart(5, '0')}.md`,
      content: `---\ntitle: "Synthetic report ${r}: ${pick(rand, headings).replace(/"/g, '')}"\nauthor: ${author}\nevent: Benchmark ${r}\n---\n\n${lines.join('\n\n')}\n`,
    });
    made += count;
  }
  return { files, passages: made };
}

export async function writeCorpus(dir: string, corpus: Corpus): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(corpus.files.map((f) => writeFile(path.join(dir, f.name), f.content)));
}
