// A small table and layout kit on pdfkit: header rows repeated after a page break,
// cells that wrap, zebra rows. Units are PDF points (1/72 inch); A4 is 595 × 842.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export interface Column {
  readonly title: string;
  /** Share of the usable width (the shares of a table add up to 1). */
  readonly width: number;
}

export const FOOTER_SPACE = 40;
const PAD = 3;

export const usableWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc): number => doc.page.height - doc.page.margins.bottom - FOOTER_SPACE;

export const ensureSpace = (doc: Doc, height: number): void => {
  if (doc.y + height > bottom(doc)) doc.addPage();
};

export const heading = (doc: Doc, text: string, size = 15): void => {
  ensureSpace(doc, size * 3);
  doc.moveDown(0.6).font('bold').fontSize(size).fillColor('#13294b').text(text, doc.page.margins.left, doc.y);
  const y = doc.y + 2;
  doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.margins.left + usableWidth(doc), y).lineWidth(0.6).strokeColor('#13294b').stroke();
  doc.moveDown(0.5).font('regular').fontSize(9).fillColor('black');
};

export const paragraph = (doc: Doc, text: string, size = 9): void => {
  doc.font('regular').fontSize(size).fillColor('black').text(text, doc.page.margins.left, doc.y, { width: usableWidth(doc) });
  doc.moveDown(0.3);
};

const rowHeight = (doc: Doc, cells: readonly string[], widths: readonly number[], font: string): number => {
  doc.font(font).fontSize(8);
  return Math.max(...cells.map((c, i) => doc.heightOfString(c === '' ? ' ' : c, { width: (widths[i] ?? 50) - 2 * PAD }))) + 2 * PAD;
};

const drawRow = (doc: Doc, cells: readonly string[], widths: readonly number[], h: number, fill: string | undefined, font: string): void => {
  const x0 = doc.page.margins.left;
  const y = doc.y;
  const total = widths.reduce((a, b) => a + b, 0);
  if (fill !== undefined) doc.rect(x0, y, total, h).fill(fill);
  doc.rect(x0, y, total, h).lineWidth(0.3).strokeColor('#9aa5b1').stroke();
  let x = x0;
  doc.font(font).fontSize(8).fillColor('black');
  cells.forEach((c, i) => {
    const w = widths[i] ?? 50;
    if (i > 0) doc.moveTo(x, y).lineTo(x, y + h).lineWidth(0.3).strokeColor('#9aa5b1').stroke();
    doc.fillColor('black').text(c, x + PAD, y + PAD, { width: w - 2 * PAD, lineBreak: true });
    x += w;
  });
  doc.x = x0;
  doc.y = y + h;
};

export const table = (doc: Doc, columns: readonly Column[], rows: readonly (readonly string[])[]): void => {
  const widths = columns.map((c) => c.width * usableWidth(doc));
  const head = columns.map((c) => c.title);
  const hh = rowHeight(doc, head, widths, 'bold');
  ensureSpace(doc, hh * 2);
  drawRow(doc, head, widths, hh, '#dde4ee', 'bold');
  rows.forEach((r, i) => {
    const h = rowHeight(doc, r, widths, 'regular');
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawRow(doc, head, widths, hh, '#dde4ee', 'bold');
    }
    drawRow(doc, r, widths, h, i % 2 === 1 ? '#f5f7fa' : undefined, 'regular');
  });
  doc.moveDown(0.6);
};

/** Two-column key/value table (labels left). */
export const facts = (doc: Doc, pairs: readonly (readonly [string, string])[]): void =>
  table(doc, [{ title: 'Field 项目', width: 0.3 }, { title: 'Value 内容', width: 0.7 }], pairs.map(([k, v]) => [k, v]));
