/** Messages of the auth area (sign-in, session check, roles); keys start with "auth.". */
export const auth = {
  'auth.role.REP': 'Sales rep',
  'auth.role.MANAGER': 'Manager',
  'auth.role.ADMIN': 'Admin',

  'auth.login.title': 'Sign in to Berth',
  'auth.login.tagline': 'Clear customer ownership for your sales team.',
  'auth.login.email': 'Email',
  'auth.login.password': 'Password',
  'auth.login.submit': 'Sign in',
  'auth.login.submitting': 'Signing in…',
  // {message} is error.LOGIN_THROTTLED; {time} a time (with the date when not today), {relative} e.g. "in 12 minutes".
  'auth.login.throttledUntil': '{message} You can try again at {time} ({relative}).',

  'auth.demo.intro': 'Trying Berth? Sign in as someone from the demo team (password <b>{password}</b>):',
  'auth.demo.more': 'Also: {logins}',

  'auth.session.checking': 'Checking your session…',
  'auth.session.connecting': 'Connecting…',
  'auth.session.unreachable': 'Berth is not reachable',
  'auth.session.tryAgain': 'Try again',
} as const;
