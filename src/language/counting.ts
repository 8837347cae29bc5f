/**
 * A count with its noun: "1 passage", "3 passages". `zeroIsOne`: French counts nothing as one
 * ("0 passage"), English and Spanish as many.
 */
export function counted(count: number, one: string, many: string, zeroIsOne = false): string {
  return `${count} ${count === 1 || (zeroIsOne && count === 0) ? one : many}`;
}
