/**
 * The session cookie's name. Its own file so proxy.ts can route by the cookie's presence (signed-in editors get the
 * dynamic, always fresh event page) without importing the session code.
 */
export const SESSION_COOKIE_NAME = "readout_session";
