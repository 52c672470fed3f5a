import { z } from 'zod';
import type { SessionInfo } from '../domain/staff';
import { channel } from './define';
import { noInput, pin } from './inputs';

export const sessionChannels = {
  'session.login': channel<SessionInfo>()({
    input: z.object({ pin }),
    access: 'public',
    summary: 'Log in on this connection with a staff PIN. Repeated wrong PINs lock the till briefly.',
  }),
  'session.logout': channel<null>()({
    input: noInput,
    access: 'public',
    summary: 'End the session bound to this connection.',
  }),
};
