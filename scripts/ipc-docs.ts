import { z } from 'zod';
import { contract, ERROR_CODES, EVENT_NAMES, type ChannelName } from '../shared/contract';
import { NUMBER_UNITS } from '../shared/contract/units';

/** docs/ipc.md, rendered from the contract so the documentation cannot drift from the code. */
export function renderIpcDocs(): string {
  const out: string[] = [
    '# Tillbox IPC',
    '',
    '<!-- Generated from shared/contract by `npm run docs:ipc`. Do not edit by hand; a test fails when it is stale. -->',
    '',
    'The renderer talks to the core only through these channels. Both transports carry the same',
    'envelopes to the same router, which validates every input with zod, checks the permission of the',
    'session bound to the connection, and only then calls a service.',
    '',
    '## Transports',
    '',
    '- **Electron**: the preload exposes `window.pos.invoke(channel, input)` (returns the envelope) and',
    '  `window.pos.on(event, listener)` (returns an unsubscribe function). The session belongs to the window.',
    '- **Web host** (`npm run serve`): a WebSocket at `ws://127.0.0.1:PORT/ipc`. Send',
    '  `{ "id": 1, "channel": "cart.scan", "input": { "code": "5010029032307" } }` and receive',
    '  `{ "id": 1, "ok": true, "value": ... }` or `{ "id": 1, "ok": false, "error": { "code", "message", "issues"? } }`.',
    '  Pushes arrive as `{ "event": "cart.updated", "payload": ... }`. The session belongs to the socket: a new',
    '  socket starts logged out. Sockets from another origin are refused.',
    '',
    '## Access',
    '',
    '`public`: anyone on the connection. `staff`: any logged-in staff member. Otherwise the permission named;',
    'roles and their permissions are in `shared/permissions.ts`. A call without it gets `permission_denied`;',
    'without a session, `not_logged_in`. Neither changes anything.',
    '',
    '## Numbers',
    '',
    'No number is ever a float. Money is an integer in the minor unit of the store currency (125 is 1.25);',
    'quantities are integer thousandths (1 each = 1000, 1.250 kg = 1250); tax rates are basis points',
    '(20% = 2000). Every numeric input states its unit in its schema below; numbers in replies and pushes,',
    'by field name:',
    '',
    '| Field | Unit |',
    '| ----- | ---- |',
    ...Object.entries(NUMBER_UNITS).map(([field, unit]) => `| \`${field}\` | ${unit} |`),
    '',
    '## Error codes',
    '',
    ERROR_CODES.map((c) => `\`${c}\``).join(', '),
    '',
    '## Events',
    '',
    ...EVENT_NAMES.map((e) => `- \`${e}\``),
    '',
    '## Channels',
    '',
  ];
  for (const name of Object.keys(contract).sort() as ChannelName[]) {
    const def = contract[name];
    const schema = JSON.stringify(z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }), null, 2);
    out.push(`### \`${name}\``, '', def.summary, '', `Access: \`${def.access}\``, '', '```json', schema, '```', '');
  }
  return out.join('\n');
}
