import { InvalidTransitionError } from '../errors/invalid-transition-error';

/** For each status, the events it allows and the status each one leads to; a status with `{}` is final. */
export type TransitionTable<S extends string, E extends string> = Readonly<Record<S, Readonly<Partial<Record<E, S>>>>>;

/** A record's lifecycle: its pure transition table and how a refusal reads. */
export interface Lifecycle<S extends string, E extends string> {
  /** What people call the record in a refusal: "order", "product". */
  readonly subject: string;
  readonly table: TransitionTable<S, E>;
  /** The refusal's message; by default "Cannot {event} a {subject} that is {status} (only one that is …)". */
  readonly refusal?: (current: S, event: E) => string;
  /** How the refusal's details name the event: cooperatives and products have always answered `action`. */
  readonly eventKey?: 'event' | 'action';
}

/** Own properties only, so a status or event read from outside ("toString", "__proto__") never matches. */
function target<S extends string, E extends string>(table: TransitionTable<S, E>, current: S, event: E): S | undefined {
  if (!Object.hasOwn(table, current)) return undefined;
  const events = table[current];
  return Object.hasOwn(events, event) ? events[event] : undefined;
}

/** The statuses from which `event` is allowed, in the table's order. */
export function statusesAllowing<S extends string, E extends string>(lifecycle: Lifecycle<S, E>, event: E): S[] {
  return (Object.keys(lifecycle.table) as S[]).filter((status) => target(lifecycle.table, status, event) !== undefined);
}

export function canTransition<S extends string, E extends string>(lifecycle: Lifecycle<S, E>, current: S, event: E): boolean {
  return target(lifecycle.table, current, event) !== undefined;
}

/** The status after `event`; throws InvalidTransitionError (409 INVALID_STATE) when `current` does not allow it. */
export function assertTransition<S extends string, E extends string>(lifecycle: Lifecycle<S, E>, current: S, event: E): S {
  const next = target(lifecycle.table, current, event);
  if (next !== undefined) return next;
  const message =
    lifecycle.refusal?.(current, event) ??
    `Cannot ${event} a ${lifecycle.subject} that is ${current} (only one that is ${statusesAllowing(lifecycle, event).join(' or ')})`;
  throw new InvalidTransitionError(current, event, message, lifecycle.eventKey);
}
