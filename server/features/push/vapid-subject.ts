const MAILTO = /^mailto:[^@\s:/]+@[^@\s]+\.[a-z]{2,}$/i;

/**
 * Whether push services will accept this VAPID subject: a mailto: with a
 * real-looking address, or an https: URL. Apple rejects localhost and the like.
 */
export function isValidVapidSubject(subject: string): boolean {
  if (MAILTO.test(subject)) return !/@localhost$/i.test(subject);
  try {
    const url = new URL(subject);
    return url.protocol === 'https:' && url.hostname !== 'localhost';
  } catch {
    return false;
  }
}
