import * as z from 'zod/mini';

/*
 * A poster's short code, in its own small module: the sign-in contracts
 * (part of every phone's first download) carry it, the campaign contracts
 * need not come along.
 */

/** 8 characters without look-alikes (no 0/O, 1/I/L): easy to type from a poster, ~8·10¹¹ possibilities. */
export const SHORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const shortCodeSchema = z.string().check(
  z.regex(/^[2-9a-hjkmnp-z]{8}$/i, { error: 'Not a poster code' }),
  // Typed by hand, maybe in lower case: the same poster.
  z.overwrite((code) => code.toUpperCase()),
);
