/**
 * The Apollo link and the socket see a session end (UNAUTHENTICATED on any operation, the
 * server closing the socket), but only the React tree can navigate and show a snackbar.
 * This tiny channel carries the one to the other.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let suppressed = 0;

export const sessionExpired = {
  emit() {
    if (suppressed === 0) listeners.forEach((listener) => listener());
  },
  listen(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /**
   * A deliberate sign-out ends the session too, and the server says so on the socket; that
   * is not news to report. Returns the function that ends the quiet period.
   */
  suppress(): () => void {
    suppressed++;
    let ended = false;
    return () => {
      if (!ended) suppressed--;
      ended = true;
    };
  },
};
