/**
 * An embed's side of the slide-deck API: commands from the parent window (validated by
 * deckMessages.ts) run on this mount's core, exactly as the same gestures would (every change is
 * still a Python statement), and events go back when the session moves. Only the frame's own
 * parent is listened to; everything the embed runs is simulated Python, so any origin may drive it.
 */
import { collect } from '../../actions/registry';
import type { AppCore } from '../core/appCore';
import { stepBack, stepForward } from '../core/stepping';
import {
  parseDeckMessage,
  type DeckCommand,
  type DeckEvent,
  type DeckReply,
  type DeckState,
} from './deckMessages';

export function deckState(core: AppCore): DeckState {
  const { position, transcript, busy, snapshot } = core.session.getState();
  const globals = snapshot.frames.find((f) => f.kind === 'globals');
  return {
    position,
    statements: transcript.map((e) => e.source),
    busy: busy !== null,
    names: (globals?.names ?? []).map((n) => ({ name: n.name, id: n.target })),
    objects: snapshot.objects
      .filter((o) => !o.interned)
      .map((o) => ({ id: o.id, type: o.type, repr: o.repr, refcount: o.refcount })),
  };
}

/** Runs one command; resolves to its result, or rejects with a message for the deck. */
async function perform(core: AppCore, command: DeckCommand): Promise<unknown> {
  const session = () => core.session.getState();
  switch (command.command) {
    case 'run': {
      const entry = await session().runPython(command.code, 'console');
      if (!entry) throw new Error('Refused run: another statement is still running');
      return { ok: entry.ok, output: textOf(entry.output), error: entry.error };
    }
    case 'load':
      await session().loadStatements(command.statements);
      return deckState(core);
    case 'step':
      return { moved: await stepForward(core), ...position(core) };
    case 'back':
      return { moved: await stepBack(core), ...position(core) };
    case 'goTo':
      await session().goTo(command.step);
      return position(core);
    case 'reset':
      await session().goTo(0);
      return position(core);
    case 'collect': {
      const generation = command.generation ?? 2;
      const ran = await core.gestures.perform(collect, null, { generation });
      if (ran === null) throw new Error('Refused collect: Python is busy');
      return position(core);
    }
    case 'getState':
      return deckState(core);
  }
}

function position(core: AppCore) {
  const { position, transcript } = core.session.getState();
  return { position, total: transcript.length };
}

function textOf(output: readonly { text: string }[]): string {
  return output.map((c) => c.text).join('');
}

/**
 * Listens to the parent window's commands and tells it what happens. Returns the function that
 * stops listening.
 */
export function connectDeck(core: AppCore, frame: Window): () => void {
  const parent = frame.parent;
  if (parent === frame) return () => {}; // not in a frame: nobody to talk to
  const send = (message: DeckEvent | DeckReply, origin = '*') =>
    parent.postMessage(message, origin);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const parsed = parseDeckMessage(event.data);
    const origin = event.origin && event.origin !== 'null' ? event.origin : '*';
    if (!parsed.ok) {
      if (parsed.error !== null)
        send({ heapscope: 1, replyTo: parsed.id, ok: false, error: parsed.error }, origin);
      return;
    }
    const replyTo = parsed.command.id ?? null;
    perform(core, parsed.command).then(
      (result) => send({ heapscope: 1, replyTo, ok: true, result }, origin),
      (e: unknown) =>
        send(
          { heapscope: 1, replyTo, ok: false, error: e instanceof Error ? e.message : String(e) },
          origin,
        ),
    );
  };
  frame.addEventListener('message', onMessage);

  // Events: the session moved, a statement ran, a collection finished.
  let seen = core.session.getState().lastRun?.seq ?? 0;
  let lastPosition = core.session.getState().position;
  let lastTotal = core.session.getState().transcript.length;
  const unsubscribe = core.session.subscribe((state) => {
    const run = state.lastRun;
    if (run && run.seq !== seen) {
      seen = run.seq;
      const entry = state.transcript.find((e) => e.id === run.entryId);
      if (run.kind === 'run' && entry) {
        send({
          heapscope: 1,
          event: 'statementRun',
          source: entry.source,
          ok: entry.ok,
          output: textOf(entry.output),
          error: entry.error,
        });
      }
      for (const e of run.events) {
        if (e.kind === 'gcDone')
          send({
            heapscope: 1,
            event: 'collectionFinished',
            generation: e.generation,
            collected: e.collected,
          });
      }
    }
    if (state.position !== lastPosition || state.transcript.length !== lastTotal) {
      lastPosition = state.position;
      lastTotal = state.transcript.length;
      send({
        heapscope: 1,
        event: 'stepChanged',
        position: state.position,
        total: state.transcript.length,
      });
    }
  });

  void core.session
    .getState()
    .idle()
    .then(() => send({ heapscope: 1, event: 'ready', state: deckState(core) }));

  return () => {
    frame.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
