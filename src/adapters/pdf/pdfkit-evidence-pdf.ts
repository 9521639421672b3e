// The evidence pack as a PDF a regulator can file: a title page (tenant, masked subject,
// period, generation time, pack hash), contents with page numbers, one section per part
// of the pack, and on every page a footer with the pack's SHA-256 and "page n of m".
// Fonts: Noto Sans SC (whole TTF; pdfkit embeds only the glyphs used).
import PDFDocument from 'pdfkit';
import type { EvidencePack, PackMessage } from '../../core/evidence/evidence-pack.js';
import { facts, heading, paragraph, table, usableWidth, ensureSpace } from './pdf-table.js';

export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

type Doc = InstanceType<typeof PDFDocument>;

export const newDocument = (fonts: PdfFonts, title: string, subject: string): Doc => {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 50, bottom: 30, left: 50, right: 50 }, bufferPages: true, info: { Title: title, Subject: subject, Creator: 'Tact' } });
  doc.registerFont('regular', Buffer.from(fonts.regular));
  doc.registerFont('bold', Buffer.from(fonts.bold));
  doc.font('regular');
  return doc;
};

export const finish = (doc: Doc, footer: string): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const y = doc.page.height - 40;
    const m = doc.page.margins;
    doc.page.margins = { ...m, bottom: 0 };
    doc.moveTo(m.left, y - 4).lineTo(doc.page.width - m.right, y - 4).lineWidth(0.4).strokeColor('#9aa5b1').stroke();
    doc.font('regular').fontSize(7).fillColor('#444444')
      .text(footer, m.left, y, { width: usableWidth(doc) - 80, lineBreak: false })
      .text(`Page ${i + 1} of ${range.count}`, doc.page.width - m.right - 80, y, { width: 80, align: 'right', lineBreak: false });
    doc.page.margins = m;
  }
  doc.end();
  return done;
};

const sections = [
  '1. Rules in force 适用规则', '2. Accounts and people 账户与人员', '3. Messages and decisions 消息与决策',
  '4. Inbound replies 回复', '5. Complaints 投诉', '6. Suppressions 屏蔽名单', '7. Audit chain segment 审计链', '8. How to verify 如何核验',
] as const;

const messageBlock = (doc: Doc, m: PackMessage, n: number): void => {
  ensureSpace(doc, 120);
  doc.font('bold').fontSize(10).fillColor('#13294b').text(`3.${n}  ${m.createdAt.slice(0, 16).replace('T', ' ')} UTC · ${m.channel} · ${m.party} · ${m.state}`, doc.page.margins.left, doc.y);
  doc.moveDown(0.2);
  const d = m.decision;
  facts(doc, [
    ['Message id / code', `${m.id} / ${m.verificationCode}`],
    ['To 收件人', `${m.to ?? '(erased)'} · person ${m.person}`],
    ['Purpose · template', `${m.purpose} · ${m.templateId ?? '—'}`],
    ['Scheduled / sent (UTC)', `${m.scheduledAt} / ${m.sentAt ?? 'not sent'}`],
    ['Local time 当地时间', m.localTimes.map((l) => `${l.zone} ${l.local}`).join('; ')],
    ['Decision 决策', `${d.allowed === null ? 'unknown' : d.allowed ? 'ALLOWED' : 'BLOCKED'} at ${d.decidedAt ?? '—'}${d.earliestAllowedAt === null ? '' : `; earliest allowed ${d.earliestAllowedAt}`}`],
    ...d.violations.map((v): [string, string] => [`Rule ${v.level}`, `${v.rule} ${v.reason} — ${v.citation}`]),
    ...m.counters.map((c): [string, string] => [`Counter ${c.name}`, `${c.value} of limit ${c.limit ?? 'none'} (${c.window})${c.limit !== null && c.value > c.limit ? ' — EXCEEDS THE LIMIT' : ''}`]),
    ...m.attempts.map((a): [string, string] => [`Attempt ${a.attempt}`, `${a.claimedAt} by ${a.worker}: ${a.outcome ?? 'in flight'}${a.providerId === null ? '' : ` id ${a.providerId}`}${a.reason === null ? '' : ` (${a.reason})`}`]),
    ...m.receipts.map((r): [string, string] => ['Receipt 回执', `${r.status} at ${r.at}${r.errorCode === null ? '' : ` error ${r.errorCode}`}`]),
    ['Text 正文', m.text ?? '(no text kept)'],
  ]);
};

export const renderEvidencePdf = (fonts: PdfFonts, pack: EvidencePack): Promise<Uint8Array> => {
  const doc = newDocument(fonts, `Evidence pack ${pack.subject.label}`, pack.hashes.pack);
  // Title page.
  doc.moveDown(4).font('bold').fontSize(24).fillColor('#13294b').text('Evidence pack 证据包', { align: 'center' });
  doc.moveDown(0.5).font('regular').fontSize(12).fillColor('black').text('Contact history, decisions and audit trail', { align: 'center' });
  doc.moveDown(2);
  facts(doc, [
    ['Tenant 机构', `${pack.tenant.name} (${pack.tenant.id}), pack ${pack.tenant.pack}`],
    ['Subject 对象', pack.subject.label],
    ['Period 期间 (UTC)', `${pack.period.from ?? '—'} — ${pack.period.to ?? '—'}`],
    ['Generated 生成时间', `${pack.generatedAt} by ${pack.generatedBy}`],
    ['Contents 内容', `${pack.messages.length} messages, ${pack.inbound.length} inbound replies, ${pack.complaints.length} complaints, audit events ${pack.audit.fromSeq}–${pack.audit.toSeq}`],
    ['Pack SHA-256 哈希', pack.hashes.pack],
    ['Rules fingerprint', `${pack.rules.pack} ${pack.rules.fingerprint}`],
  ]);
  paragraph(doc, 'This document is generated from the JSON twin (same file name, .json). The pack hash above is recorded in the lender\'s audit chain (event "evidence.generated"); `tact audit verify --pack FILE.json` recomputes it and every audit link. Numbers and names are masked.');
  // Contents, filled in once the section pages are known.
  doc.addPage();
  const tocPage = doc.bufferedPageRange().count - 1;
  const starts: number[] = [];
  const start = (i: number, first = false): void => {
    if (!first) doc.addPage();
    starts[i] = doc.bufferedPageRange().count;
    heading(doc, sections[i]!);
  };
  doc.addPage();
  start(0, true);
  facts(doc, Object.entries(pack.rules.limits).map(([k, v]): [string, string] => [k, v === null ? 'no limit' : String(v)]));
  start(1);
  table(doc, [{ title: 'Account', width: 0.35 }, { title: 'External id', width: 0.25 }, { title: 'Status', width: 0.2 }, { title: 'DPD', width: 0.2 }],
    pack.accounts.map((a) => [a.id, a.externalId, a.status, String(a.daysPastDue)]));
  table(doc, [{ title: 'Person', width: 0.24 }, { title: 'Role', width: 0.16 }, { title: 'Name', width: 0.1 }, { title: 'Number', width: 0.16 }, { title: 'Zones', width: 0.14 }, { title: 'Consent', width: 0.2 }],
    pack.people.map((p) => [p.personId, p.role, p.name, p.phone, p.timeZones.join(', '), `${p.confirmation}${p.confirmationAt === null ? '' : ` ${p.confirmationAt.slice(0, 10)}`}`]));
  start(2);
  table(doc, [{ title: '#', width: 0.06 }, { title: 'Created (UTC)', width: 0.2 }, { title: 'Channel', width: 0.1 }, { title: 'Party', width: 0.14 }, { title: 'State', width: 0.14 }, { title: 'Decision', width: 0.36 }],
    pack.messages.map((m, i) => [String(i + 1), m.createdAt.slice(0, 16).replace('T', ' '), m.channel, m.party, m.state,
      m.decision.allowed === false ? `blocked: ${m.decision.violations.map((v) => v.reason).join(', ')}` : m.decision.allowed === true ? 'allowed' : '—']));
  pack.messages.forEach((m, i) => messageBlock(doc, m, i + 1));
  start(3);
  if (pack.inbound.length === 0) paragraph(doc, 'No inbound replies.');
  table(doc, [{ title: 'At (UTC) / local', width: 0.25 }, { title: 'Result', width: 0.13 }, { title: 'Text', width: 0.27 }, { title: 'Effect', width: 0.35 }],
    pack.inbound.map((r) => [`${r.at}\n${r.localTimes.map((l) => l.local).join('; ')}`, r.result, r.text ?? '(erased)', r.effects.join('\n')]));
  start(4);
  if (pack.complaints.length === 0) paragraph(doc, 'No complaints recorded.');
  for (const c of pack.complaints) facts(doc, Object.entries(c).map(([k, v]): [string, string] => [k, v === null ? '—' : k.endsWith('_at') && typeof v === 'number' ? new Date(v).toISOString() : String(v)]));
  start(5);
  if (pack.suppressions.length === 0) paragraph(doc, 'The number is not suppressed.');
  table(doc, [{ title: 'Scope', width: 0.4 }, { title: 'Reason', width: 0.3 }, { title: 'Since (UTC)', width: 0.3 }], pack.suppressions.map((s) => [s.scope, s.reason, s.at]));
  start(6);
  paragraph(doc, `Events ${pack.audit.fromSeq} to ${pack.audit.toSeq} of the tenant's chain; chain head when made: ${pack.audit.head === null ? '—' : `seq ${pack.audit.head.seq}, ${pack.audit.head.hash}`}. Rows marked "other subject" concern other people: only their links are shown, which still proves no event was removed.`);
  table(doc, [{ title: 'Seq', width: 0.08 }, { title: 'At (UTC)', width: 0.2 }, { title: 'Type / subject', width: 0.32 }, { title: 'Hash / previous', width: 0.4 }],
    pack.audit.events.map((e) => 'omitted' in e
      ? [String(e.seq), '', '(other subject)', `${e.hash}\n← ${e.prevHash}`]
      : [String(e.seq), new Date(e.at).toISOString(), `${e.type}\n${e.subject}`, `${e.hash}\n← ${e.prevHash}`]));
  start(7);
  paragraph(doc, '1. Run `tact audit verify --pack FILE.json` (or recompute by hand): each section hash is the SHA-256 of the canonical JSON of that section (keys sorted, no spaces); the pack hash is the SHA-256 of the canonical JSON of the whole pack without "hashes".');
  paragraph(doc, '2. Each full audit event hashes to SHA-256(prevHash + canonical JSON of {tenantId, seq, at, actor, type, subject, data, prevHash}); each event\'s prevHash equals the hash of the event before it; seq numbers have no gaps.');
  paragraph(doc, '3. Ask the lender to run `tact audit verify` on the live chain: the head and the hashes above must appear in it unchanged, and an "evidence.generated" event must carry this pack\'s hash.');
  facts(doc, Object.entries(pack.hashes.sections).map(([k, v]): [string, string] => [`section ${k}`, v]));
  // Contents page.
  doc.switchToPage(tocPage);
  doc.y = doc.page.margins.top;
  heading(doc, 'Contents 目录');
  table(doc, [{ title: 'Section', width: 0.8 }, { title: 'Page', width: 0.2 }], sections.map((s, i) => [s, String(starts[i] ?? '')]));
  return finish(doc, `Pack SHA-256 ${pack.hashes.pack}`);
};
