// The console's page frame: navigation (only the pages the role may open), the signed-in
// user, sign-out (a POST form with the CSRF token). Styles and scripts are files under
// /console/assets/ (CSP: 'self' only, nothing inline).
import type { Role } from '../../../core/model/roles.js';
import { mayDo, type Permission } from '../../plugins/permissions.js';
import { html, type Html } from './html.js';

export interface PageUser {
  readonly login: string;
  readonly role: Role;
  readonly csrfToken: string;
}

const nav: readonly { readonly href: string; readonly label: string; readonly permission: Permission }[] = [
  { href: '/console', label: 'Dashboard', permission: 'dashboard:read' },
  { href: '/console/accounts', label: 'Accounts', permission: 'accounts:read' },
  { href: '/console/queue', label: 'Work queue', permission: 'calls:write' },
  { href: '/console/complaints', label: 'Complaints', permission: 'complaints:read' },
  { href: '/console/strategies', label: 'Strategies', permission: 'strategies:read' },
  { href: '/console/templates', label: 'Templates', permission: 'templates:read' },
];

export const csrfField = (user: PageUser): Html => html`<input type="hidden" name="_csrf" value="${user.csrfToken}">`;

export const page = (title: string, user: PageUser | undefined, body: Html, scripts: readonly string[] = []): string =>
  html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Tact console</title>
<link rel="stylesheet" href="/console/assets/console.css">
${user === undefined ? '' : html`<meta name="csrf-token" content="${user.csrfToken}">`}
</head>
<body>
<header>
<strong>Tact</strong>
${user === undefined ? '' : html`<nav>${nav.filter((n) => mayDo(user.role, n.permission)).map((n) => html`<a href="${n.href}">${n.label}</a> `)}</nav>
<form method="post" action="/console/sign-out" class="sign-out">${csrfField(user)}<span>${user.login} (${user.role})</span> <button type="submit">Sign out</button></form>`}
</header>
<main>
<h1>${title}</h1>
${body}
</main>
${scripts.map((s) => html`<script src="${s}"></script>`)}
</body>
</html>
`.text;
