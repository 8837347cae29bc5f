/** Whatever is thrown, the words a person reads say what it was: never "undefined". */
import { describe, expect, it } from 'vitest';
import { messageOf } from '../src/base/errorMessage.ts';
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
