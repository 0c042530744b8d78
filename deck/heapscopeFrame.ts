/**
 * A slide deck's handle on one embedded Heapscope: commands sent with `postMessage` (see the
 * README's "Embedding"), answered by id; `ready` resolves once the embed has started.
 */
export class HeapscopeFrame {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  readonly ready: Promise<void>;

  constructor(readonly frame: HTMLIFrameElement) {
    let isReady: () => void = () => {};
    this.ready = new Promise((resolve) => (isReady = resolve));
    window.addEventListener('message', (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      const data = event.data as Partial<Reply> & { event?: string };
      if (data?.heapscope !== 1) return;
      if (data.event === 'ready') isReady();
      if (typeof data.replyTo === 'number') {
        this.pending.get(data.replyTo)?.(data as Reply);
        this.pending.delete(data.replyTo);
      }
    });
  }

  /** Sends a command; resolves to the embed's answer. */
  send(command: Record<string, unknown>): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      // Only the embed's own origin may read the command.
      const origin = new URL(this.frame.src, location.href).origin;
      this.frame.contentWindow?.postMessage({ heapscope: 1, id, ...command }, origin);
    });
  }
}

export interface Reply {
  readonly heapscope: 1;
  readonly replyTo: number;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly error?: string;
}
