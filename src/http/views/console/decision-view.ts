// A decision as HTML: allowed, or blocked with each violation's rule, reason code,
// level and citation, and the earliest instant it would be allowed.
import type { Violation } from '../../../core/model/decision.js';
import { html, type Html } from './html.js';

export const violationsList = (violations: readonly Violation[]): Html =>
  violations.length === 0
    ? html``
    : html`<ul class="violations">${violations.map((v) => html`<li><code>${v.reason}</code> — ${v.message} <em>(${v.rule}, ${v.level}; ${v.citation})</em></li>`)}</ul>`;

export const decisionView = (d: { readonly allowed?: boolean; readonly violations: readonly Violation[]; readonly earliestAllowedAt?: string | null }): Html =>
  html`${d.allowed === true ? html`<span class="allowed">allowed</span>` : d.allowed === false ? html`<span class="blocked">blocked</span>` : ''}
${d.allowed === false && d.earliestAllowedAt !== undefined ? html` <small>earliest allowed: ${d.earliestAllowedAt ?? 'only a change of state'}</small>` : ''}
${violationsList(d.violations)}`;
