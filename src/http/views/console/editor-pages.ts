// Strategy and template editors: a textarea form that saves a new version; live lint by
// /console/assets/editor.js (calls data-lint with the CSRF header); without JavaScript
// the save answers with the same lint results.
import type { DraftFinding, SmsPreview, TemplateDraft } from '../../../app/editor/lint-drafts.js';
import type { StoredStrategy } from '../../../app/ports/plan-store.js';
import type { StoredTemplate } from '../../../app/ports/template-store.js';
import { audiences, messageChannels, messageLocales } from '../../../core/messages/template.js';
import { html, type Html } from './html.js';
import { csrfField, page, type PageUser } from './layout.js';

const findingsView = (findings: readonly DraftFinding[] | undefined, sms?: SmsPreview): Html =>
  html`<div id="lint-live" aria-live="polite">${sms === undefined ? '' : html`<p>SMS: ${sms.encoding.toUpperCase()}, ${sms.characters} characters, ${sms.units} units, ${sms.segments} segment(s)</p>`}
${findings === undefined ? '' : findings.length === 0 ? html`<p>No lint findings.</p>` : html`<ul class="findings">${findings.map((f) => html`<li><code>${f.rule}</code>: ${f.message}${f.at === undefined ? '' : html` (<code>${f.at}</code>)`}</li>`)}</ul>`}</div>`;

export interface StrategyEditorView {
  readonly stored: readonly StoredStrategy[];
  readonly text: string;
  readonly findings?: readonly DraftFinding[];
  readonly notice?: string;
  readonly mayWrite: boolean;
}

export const strategyEditorPage = (user: PageUser, v: StrategyEditorView): string =>
  page(
    'Strategies',
    user,
    html`${v.notice === undefined ? '' : html`<p class="notice" role="status">${v.notice}</p>`}
<table id="strategies"><thead><tr><th>Strategy</th><th>Version</th><th>Status</th></tr></thead><tbody>
${v.stored.map((s) => html`<tr><td>${s.strategyId}</td><td class="num">${s.version}</td><td>${s.status}</td></tr>`)}
</tbody></table>
<form method="post" action="/console/strategies" data-lint="/console/lint/strategy" class="stack">
${csrfField(user)}
<label>Strategy (JSON; raise "version" to save a new version)<textarea name="body" spellcheck="false">${v.text}</textarea></label>
${v.mayWrite ? html`<label><input type="checkbox" name="activate" value="on"> Activate</label> <button type="submit">Save new version</button>` : ''}
</form>
${findingsView(v.findings)}`,
    ['/console/assets/editor.js'],
  );

export interface TemplateEditorView {
  readonly active: readonly StoredTemplate[];
  readonly draft: TemplateDraft;
  readonly findings?: readonly DraftFinding[];
  readonly sms?: SmsPreview;
  readonly notice?: string;
  readonly mayWrite: boolean;
}

const select = (name: string, options: readonly string[], value: string): Html =>
  html`<select name="${name}">${options.map((o) => html`<option value="${o}"${o === value ? html` selected` : ''}>${o}</option>`)}</select>`;

export const templateEditorPage = (user: PageUser, v: TemplateEditorView): string =>
  page(
    'Templates',
    user,
    html`${v.notice === undefined ? '' : html`<p class="notice" role="status">${v.notice}</p>`}
<table id="templates"><thead><tr><th>Template</th><th>Version</th><th></th></tr></thead><tbody>
${v.active.map((t) => html`<tr><td>${t.id}</td><td class="num">${t.version}</td><td><a href="/console/templates?key=${encodeURIComponent(t.key)}&amp;audience=${t.audience}&amp;channel=${t.channel}&amp;locale=${t.locale}">Edit</a></td></tr>`)}
</tbody></table>
<form method="post" action="/console/templates" data-lint="/console/lint/template" class="stack">
${csrfField(user)}
<label>Key <input name="key" required maxlength="64" value="${v.draft.key}"></label>
<label>Audience ${select('audience', audiences, v.draft.audience)}</label>
<label>Channel ${select('channel', messageChannels, v.draft.channel)}</label>
<label>Locale ${select('locale', messageLocales, v.draft.locale)}</label>
<label>Body<textarea name="body" spellcheck="false">${v.draft.body}</textarea></label>
${v.mayWrite ? html`<button type="submit">Save new version</button>` : ''}
</form>
${findingsView(v.findings, v.sms)}`,
    ['/console/assets/editor.js'],
  );
