/**
 * Which kinds of personal data (data-policy.ts) each route reads or writes,
 * by "METHOD path". Every route of the API is listed, [] for one that
 * touches nothing personal; tests/api/who-sees-what.test.ts runs each route
 * and fails when it touches a kind not named here, or a route is missing.
 */
export const routeData: Record<string, readonly string[]> = {};
