export async function startDiscord(..._args: unknown[]): Promise<number> { throw new Error('not yet'); }
