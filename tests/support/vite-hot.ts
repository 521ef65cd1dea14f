/**
 * A client of Vite's dev connection, as the dev toolbar's apps speak over it: custom events out, every
 * custom event the server sends in. The token Vite requires is read from its client module, as a page does.
 */
export interface HotClient {
  /** Sends a custom event with any payload (or none). */
  send(event: string, data?: unknown): void;
  /** The next custom event of that name the server sends that `accept` accepts (any, if no `accept`), within `timeout` ms. */
  next<T>(event: string, accept?: (data: T) => boolean, timeout?: number): Promise<T>;
  /** Whether the connection is still open. */
  open(): boolean;
  close(): void;
}

/** Opens Vite's dev connection to a dev server at `origin` (e.g. `http://127.0.0.1:8703`). */
export async function hotClient(origin: string): Promise<HotClient> {
  const client = await (await fetch(`${origin}/@vite/client`)).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1];
  if (token === undefined) throw new Error(`no Vite token in ${origin}/@vite/client`);
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
  const waiting = new Set<{ event: string; accept: (data: unknown) => boolean; resolve: (data: unknown) => void }>();
  socket.addEventListener('message', (message) => {
    const payload = JSON.parse(String(message.data)) as { type: string; event?: string; data?: unknown };
    if (payload.type !== 'custom') return;
    for (const waiter of waiting) {
      if (waiter.event === payload.event && waiter.accept(payload.data)) {
        waiting.delete(waiter);
        waiter.resolve(payload.data);
      }
    }
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`could not connect to ${origin}`)), { once: true });
  });
  return {
    send: (event, data) => socket.send(JSON.stringify({ type: 'custom', event, ...(data === undefined ? {} : { data }) })),
    next: <T>(event: string, accept: (data: T) => boolean = () => true, timeout = 30_000) =>
      new Promise<T>((resolve, reject) => {
        const waiter = { event, accept: accept as (data: unknown) => boolean, resolve: (data: unknown) => (clearTimeout(timer), resolve(data as T)) };
        const timer = setTimeout(() => (waiting.delete(waiter), reject(new Error(`no ${event} within ${timeout} ms`))), timeout);
        waiting.add(waiter);
      }),
    open: () => socket.readyState === WebSocket.OPEN,
    close: () => socket.close(),
  };
}
