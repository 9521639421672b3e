// The sign-in form. One message for every failure (unknown login, wrong password,
// disabled user); a lock says until when, and is reached alike by unknown logins.
import { html } from './html.js';
import { page } from './layout.js';

export interface SignInView {
  readonly csrfToken: string;
  readonly tenant?: string;
  readonly login?: string;
  readonly error?: 'failed' | 'locked';
  /** ISO instant the lock ends. */
  readonly lockedUntil?: string;
  readonly notice?: string;
}

export const signInPage = (v: SignInView): string =>
  page(
    'Sign in',
    undefined,
    html`${v.error === 'failed' ? html`<p class="error" role="alert">The login or the password is wrong.</p>` : ''}
${v.error === 'locked' ? html`<p class="error" role="alert">Too many failed sign-ins: this login is locked until ${v.lockedUntil ?? ''}.</p>` : ''}
${v.notice === undefined ? '' : html`<p class="notice">${v.notice}</p>`}
<form method="post" action="/console/sign-in" class="sign-in">
<input type="hidden" name="_csrf" value="${v.csrfToken}">
<label>Tenant <input name="tenant" required maxlength="64" value="${v.tenant ?? ''}" autocomplete="organization"></label>
<label>Login <input name="login" required maxlength="64" value="${v.login ?? ''}" autocomplete="username"></label>
<label>Password <input name="password" type="password" required maxlength="256" autocomplete="current-password"></label>
<button type="submit">Sign in</button>
</form>`,
  );
