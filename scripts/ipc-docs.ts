import { z } from 'zod';
import { DEFAULT_LIMITS as L } from '../electron/host/web/socket-limits';
import { contract, ERROR_CODES, EVENT_NAMES, type ChannelName } from '../shared/contract';

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
    '  Pushes arrive as `{ "event": "cart.updated", "payload": ... }`, only while the socket is logged in and only',
    '  events its session may see. The session belongs to the socket: a new socket starts logged out.',
    '',
    '### What the web host refuses',
    '',
    'It listens on 127.0.0.1 only (not `[::1]`) and treats every client as hostile:',
    '',
    '- **Host and Origin.** The `Host` header must be exactly `127.0.0.1:PORT` or `localhost:PORT`, on page',
    '  requests (else `421`, empty body) and on the handshake (else `421`): a DNS-rebinding page sends its own',
    '  name. An `Origin`, when sent, must be exactly `http://127.0.0.1:PORT` or `http://localhost:PORT` (else',
    '  `403`); `null` and anything else are refused. A program that sends no Origin may connect. Only `/ipc`',
    '  upgrades (else `404`).',
    `- **Sockets.** At most ${L.maxSockets} open; the next handshake gets \`503\`.`,
    `- **Frames.** JSON text, at most ${L.maxFrameBytes / 1024 / 1024} MiB. \`id\` is a non-negative safe integer. A frame that`,
    '  is not a request is answered `invalid_input` with its id if it had a usable one, else `"id": null`.',
    `- **In flight.** At most ${L.maxInFlight} requests per socket awaiting the core; one more is answered`,
    '  `too_many_requests` at once and never run.',
    `- **Rate.** ${L.burst} frames (pings included) at once, then ${L.perSecond} per second per socket; a frame over that is answered`,
    `  \`rate_limited\` and never run, and is owed: the socket passes again once its debt is repaid at that rate,`,
    `  and is closed once it owes more than ${L.floodTolerance}.`,
    '- **One at a time.** `session.login`, `session.logout`, `setup.createStore` and `setup.loadDemo` run one',
    '  at a time across all sockets, in the order received: PINs sent together cannot outrun the lockout that',
    '  repeated wrong PINs set, and a logout is never overtaken by the login sent before it.',
    `- **Unread replies.** A client that leaves more than ${L.maxBufferedBytes / 1024 / 1024} MiB of replies and pushes unread is dropped.`,
    '',
    'Close codes: `1003` a binary frame; `1007` a text frame that is not UTF-8; `1008` kept sending after',
    '`rate_limited`; `1009` a frame over the size limit; `1006` (no close frame) dropped for unread replies. Any of',
    'these ends only that socket and its session; the till keeps serving the others.',
    '',
    '## Access',
    '',
    '`public`: anyone on the connection. `staff`: any logged-in staff member. Otherwise the permission named;',
    'roles and their permissions are in `shared/permissions.ts`. A call without it gets `permission_denied`;',
    'without a session, `not_logged_in`. Neither changes anything.',
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
