/**
 * Gives held keys back once the wedge detector decides they were typing. A held key's
 * default action was prevented, so it must be replayed by hand: text fields get the text
 * inserted, anything else (keypads, shortcuts) gets the keydown dispatched again.
 */
export interface HeldKey {
  key: string;
  code: string;
  shiftKey: boolean;
  target: EventTarget | null;
}

/** Synthetic keydowns we dispatch; the scanner's own listener must let them through. */
export const replayedEvents = new WeakSet<Event>();

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'url', 'email', 'password', 'number', '']);

type TextField = HTMLInputElement | HTMLTextAreaElement;

function editableField(target: EventTarget | null): TextField | HTMLElement | null {
  if (target instanceof HTMLTextAreaElement) return target.disabled || target.readOnly ? null : target;
  if (target instanceof HTMLInputElement) {
    if (target.disabled || target.readOnly || !TEXT_INPUT_TYPES.has(target.type)) return null;
    return target;
  }
  if (target instanceof HTMLElement && target.isContentEditable) return target;
  return null;
}

function setNativeValue(field: TextField, value: string): void {
  // React tracks the value through the prototype's setter; assigning `field.value`
  // directly would be swallowed by React's value tracker and no onChange would fire.
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter === undefined) field.value = value;
  else setter.call(field, value);
}

function insertText(field: TextField | HTMLElement, text: string): void {
  // execCommand keeps the caret, selection replacement and undo history right, but only
  // works on the focused element.
  if (document.activeElement === field && document.execCommand('insertText', false, text)) return;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
  let start: number | null = null;
  let end: number | null = null;
  try {
    start = field.selectionStart;
    end = field.selectionEnd;
  } catch {
    // type=number has no selection API: append.
  }
  const value = field.value;
  const from = start ?? value.length;
  const to = end ?? value.length;
  setNativeValue(field, value.slice(0, from) + text + value.slice(to));
  try {
    field.setSelectionRange(from + text.length, from + text.length);
  } catch {
    // Same as above: no caret to place.
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
}

/** A keydown again, to the held target (or the page when that has gone), let through by the scanner. */
export function dispatchKey(held: HeldKey): void {
  const target = held.target instanceof Node && held.target.isConnected ? held.target : document.body;
  const event = new KeyboardEvent('keydown', {
    key: held.key,
    code: held.code,
    shiftKey: held.shiftKey,
    bubbles: true,
    cancelable: true,
  });
  replayedEvents.add(event);
  target.dispatchEvent(event);
}

/** Replays keys in order; consecutive characters for the same field go in as one insertion. */
export function replayKeys(keys: readonly HeldKey[]): void {
  let i = 0;
  while (i < keys.length) {
    const first = keys[i];
    if (first === undefined) break;
    const field = editableField(first.target);
    if (field === null) {
      dispatchKey(first);
      i += 1;
      continue;
    }
    let text = '';
    while (i < keys.length && keys[i]?.target === first.target) {
      text += keys[i]?.key ?? '';
      i += 1;
    }
    insertText(field, text);
  }
}
