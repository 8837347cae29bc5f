/** Whatever is thrown, the words a person reads say what it was: never "undefined". */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCode, messageOf } from '../src/base/errorMessage.ts';
import { reportOutcome } from '../src/knowledge/load.ts';

describe('messageOf', () => {
  it.each([
    [new Error('disk full'), 'disk full'],
    ['a thrown string', 'a thrown string'],
    [{ code: 'EIO' }, '{"code":"EIO"}'],
    [undefined, 'undefined'],
    [42, '42'],
  ])('%s', (thrown, message) => {
    expect(messageOf(thrown)).toBe(message);
  });

  it('says something of a value JSON cannot write', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(messageOf(loop)).toBe('[object Object]');
  });

  it('names a report whose reading threw a string with that string', () => {
    const outcome = reportOutcome('odd.md', () => {
      throw 'the reader gave up';
    });
    expect(outcome).toEqual({ file: 'odd.md', problem: { file: 'odd.md', line: null, problem: 'could not be read: the reader gave up' } });
  });
});

describe('errorCode', () => {
  it.each([
    [Object.assign(new Error('gone'), { code: 'ENOENT' }), 'ENOENT'],
    [{ code: 'EIO' }, 'EIO'],
    [new Error('no code'), undefined],
    ['ENOENT', undefined],
    [null, undefined],
    [undefined, undefined],
    [{ code: 42 }, undefined],
  ])('%s', (thrown, code) => {
    expect(errorCode(thrown)).toBe(code);
  });
});

describe('what a catch block is given', () => {
  it('is read through messageOf and errorCode, never cast to an Error', () => {
    const src = path.resolve(import.meta.dirname, '../src');
    const casts: string[] = [];
    for (const entry of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.ts')) continue;
      readFileSync(path.join(src, entry), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\bas (?:Error|NodeJS\.ErrnoException)\b|\.catch\(\((?:error|err|e): (?!unknown\b)/.test(line)) casts.push(`src/${entry}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(casts).toEqual([]);
  });
});
