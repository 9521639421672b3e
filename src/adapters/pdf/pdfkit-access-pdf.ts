// The access export as a PDF for the person: what is held about their number, the
// messages and decisions, complaints, consent history. Same fonts and footer as packs.
import type { AccessDocument } from '../../app/rights/access-document.js';
import { facts, heading, paragraph, table } from './pdf-table.js';
import { finish, newDocument, type PdfFonts } from './pdfkit-evidence-pdf.js';

export const renderAccessPdf = (fonts: PdfFonts, a: AccessDocument): Promise<Uint8Array> => {
  const doc = newDocument(fonts, `Access export ${a.reference}`, a.reference);
  const p = a.data.person;
  doc.moveDown(2).font('bold').fontSize(20).fillColor('#13294b').text('Your data 您的个人信息', { align: 'center' });
  doc.moveDown(1);
  facts(doc, [
    ['Reference 编号', a.reference], ['Held by 机构', a.tenantName], ['Number 号码', a.data.phoneE164], ['Generated 生成时间', a.generatedAt],
  ]);
  heading(doc, 'What we hold 我们保存的信息');
  if (p === undefined) paragraph(doc, 'No person record is held for this number.');
  else table(doc, [{ title: 'Account', width: 0.25 }, { title: 'Role', width: 0.18 }, { title: 'Name', width: 0.17 }, { title: 'Zones', width: 0.2 }, { title: 'Consent', width: 0.2 }],
    p.links.map((l) => [l.accountExternalId, `${l.role}${l.relationship === undefined ? '' : ` (${l.relationship})`}`, l.name, l.timeZones.join(', '), l.confirmation]));
  heading(doc, 'Messages and decisions 消息与决策');
  const decisions = new Map(a.decisions.map((d) => [d.messageId, d]));
  table(doc, [{ title: 'Created (UTC)', width: 0.2 }, { title: 'State', width: 0.13 }, { title: 'Decision', width: 0.22 }, { title: 'Text', width: 0.45 }],
    (p?.messages ?? []).map((m) => {
      const d = decisions.get(m.id);
      return [m.createdAt.slice(0, 16).replace('T', ' '), m.state, d === undefined ? '—' : d.allowed === false ? `blocked: ${d.rules.join(', ')}` : 'allowed', m.body ?? ''];
    }));
  heading(doc, 'Replies and contacts 往来记录');
  table(doc, [{ title: 'At (UTC)', width: 0.25 }, { title: 'Direction', width: 0.15 }, { title: 'Result', width: 0.15 }, { title: 'Text', width: 0.45 }],
    (p?.contactEvents ?? []).map((e) => [e.at, e.direction, e.result, e.body ?? '']));
  heading(doc, 'Consent history 同意记录');
  table(doc, [{ title: 'At (UTC)', width: 0.25 }, { title: 'Event', width: 0.2 }, { title: 'Account', width: 0.3 }, { title: 'By', width: 0.25 }],
    a.consentHistory.map((c) => [c.at, `${c.event}${c.detail === null ? '' : ` (${c.detail})`}`, c.accountId ?? 'all', c.by]));
  heading(doc, 'Complaints and suppressions 投诉与屏蔽');
  for (const c of a.complaints) facts(doc, Object.entries(c).map(([k, v]): [string, string] => [k, v === null ? '—' : String(v)]));
  table(doc, [{ title: 'Reason', width: 0.4 }, { title: 'Scope', width: 0.3 }, { title: 'Since', width: 0.3 }],
    a.data.suppressions.map((s) => [s.reason, s.accountId ?? 'all accounts', s.at]));
  return finish(doc, `Access export ${a.reference} · ${a.tenantName}`);
};
