/** The readable cookie that holds the CSRF token, and the header that must echo it. */
export const CSRF_COOKIE = 'leerlust_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'leerlust_session';
