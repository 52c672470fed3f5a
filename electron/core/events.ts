import { EVENT_NAMES, type EventMap, type EventName } from '../../shared/contract/events';

type Listener<E extends EventName> = (payload: EventMap[E]) => void;

/** Push events from the core to whichever transports are listening. */
export class EventBus {
  private readonly listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as Listener<EventName>);
    return () => set.delete(listener as Listener<EventName>);
  }

  /** Every event, for transports that forward them all. */
  onAny(listener: <E extends EventName>(event: E, payload: EventMap[E]) => void): () => void {
    const offs = EVENT_NAMES.map((e) =>
      this.on(e, (payload) => listener(e, payload)),
    );
    return () => offs.forEach((off) => off());
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const l of this.listeners.get(event) ?? []) {
      try {
        l(payload);
      } catch (err) {
        // A broken listener (a closed socket) must never fail the sale that emitted.
        console.error(`listener for ${event} failed`, err);
      }
    }
  }
}
