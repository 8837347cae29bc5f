/**
 * Integers pushed one at a time into a typed array that doubles as it fills. The numbers live
 * outside the JavaScript heap: a list built while the bot starts leaves the young generation
 * nothing to copy, and no reason to grow (what it grows to stays in the process's memory).
 */
export class IntList {
  private items = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  at(i: number): number {
    return this.items[i] as number;
  }

  /** Whether `value` is among the numbers from position `from` on. */
  includes(value: number, from = 0): boolean {
    for (let i = from; i < this.length; i++) if (this.items[i] === value) return true;
    return false;
  }

  /** The numbers, in an array of their own length. */
  toArray(): Int32Array {
    return this.items.slice(0, this.length);
  }
}
