import { z } from 'zod';

/** Phone numbers as people write them: digits, spaces, + ( ) - . and nothing else. */
export const phone = z
  .string()
  .max(32)
  .regex(/^[0-9+()\-. ]*$/, 'A phone number holds digits, spaces and + ( ) - . only');
/** An e-mail address's shape (something@domain.tld); whether it exists is its owner's affair. */
export const email = z
  .string()
  .max(254)
  .regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'An e-mail address looks like name@example.com');
