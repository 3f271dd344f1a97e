import PDFDocument from 'pdfkit';
import { toGroupedDecimalString } from '../common/money';
import { paragraphIsRtl, type VisualRun, visualRuns } from './bidi-runs';
import { CommercialInvoiceView } from './dto/commercial-invoice.view';
import { wrapWords } from './line-wrap';

// IBM Plex Sans Arabic covers Latin and Arabic, so names in either script print with one font.
const FONTS = {
  regular: require.resolve('@ibm/plex-sans-arabic/fonts/complete/woff/IBMPlexSansArabic-Regular.woff'),
  bold: require.resolve('@ibm/plex-sans-arabic/fonts/complete/woff/IBMPlexSansArabic-Bold.woff'),
};

const MARGIN = 40;
const PAGE_WIDTH = 595.28;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

interface TextOptions {
  width?: number;
  align?: 'left' | 'right';
}

const runWidth = (doc: PDFKit.PDFDocument, run: VisualRun): number => doc.widthOfString(run.text, { features: run.rtl ? [] : undefined });

/** Lines of a right-to-left paragraph as they will be set: cut in logical order, measured as shaped runs. */
function rtlLines(doc: PDFKit.PDFDocument, text: string, width: number): VisualRun[][] {
  const measure = (line: string): number => visualRuns(line, 'rtl').reduce((sum, run) => sum + runWidth(doc, run), 0);
  return wrapWords(text, width, measure).map((line) => visualRuns(line, 'rtl'));
}

/**
 * Writes one line or paragraph with right-to-left runs in their place. Each run is laid out as a
 * whole (`features` set), so the font engine shapes Arabic letters and reverses the run; pdfkit
 * would otherwise lay out word by word and put Arabic words in left-to-right order. A paragraph that
 * reads right to left (an Arabic name, address or title) is cut into lines first, since bidi order
 * applies per line, and each line is set against the right edge, where such text starts.
 */
function write(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: TextOptions = {}): void {
  if (paragraphIsRtl(text)) {
    const width = options.width ?? doc.page.width - MARGIN - x;
    let top = y;
    for (const runs of rtlLines(doc, text, width)) {
      let at = x + width - runs.reduce((sum, run) => sum + runWidth(doc, run), 0);
      for (const run of runs) {
        doc.text(run.text, at, top, { lineBreak: false, features: run.rtl ? [] : undefined });
        at += runWidth(doc, run);
      }
      top += doc.currentLineHeight(true);
    }
    doc.x = x;
    doc.y = top;
    return;
  }
  const runs = visualRuns(text);
  if (runs.length <= 1) {
    doc.text(text, x, y, { ...options, features: runs[0]?.rtl ? [] : undefined });
    return;
  }
  runs.forEach((run, i) => {
    const last = i === runs.length - 1;
    const opts = { ...options, continued: !last, features: run.rtl ? [] : undefined };
    if (i === 0) doc.text(run.text, x, y, opts);
    else doc.text(run.text, opts);
  });
}

/** The height `write` will take for a text in a given width. */
function heightOf(doc: PDFKit.PDFDocument, text: string, width: number): number {
  return paragraphIsRtl(text) ? rtlLines(doc, text, width).length * doc.currentLineHeight(true) : doc.heightOfString(text, { width });
}

const money = (amountMinor: number, currency: string): string => `${toGroupedDecimalString(amountMinor, currency)} ${currency}`;

const kg = (grams: number): string => (grams / 1000).toFixed(3);

/** The invoice as an A4 PDF, laid out for customs officers: parties, lines, totals, origin, postal form. */
export function renderCommercialInvoicePdf(invoice: CommercialInvoiceView): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Commercial invoice ${invoice.invoiceNumber}`, Author: invoice.exporter.name },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const cur = invoice.currency;

  doc.font('bold').fontSize(18);
  write(doc, 'COMMERCIAL INVOICE', MARGIN, MARGIN);
  doc.font('regular').fontSize(10);
  write(doc, `Invoice no. ${invoice.invoiceNumber}`, MARGIN + 300, MARGIN, { width: CONTENT_WIDTH - 300, align: 'right' });
  write(doc, `Date ${invoice.invoiceDate}`, MARGIN + 300, MARGIN + 14, { width: CONTENT_WIDTH - 300, align: 'right' });
  write(doc, `Order ${invoice.orderNumber}`, MARGIN + 300, MARGIN + 28, { width: CONTENT_WIDTH - 300, align: 'right' });

  const half = CONTENT_WIDTH / 2 - 10;
  let y = MARGIN + 60;
  const block = (title: string, lines: string[], x: number, top: number): number => {
    doc.font('bold').fontSize(10);
    write(doc, title, x, top, { width: half });
    doc.font('regular').fontSize(9);
    let at = top + 15;
    for (const line of lines) {
      write(doc, line, x, at, { width: half });
      at = doc.y + 1;
    }
    return at;
  };
  const exporter = invoice.exporter;
  const buyer = invoice.deliveryAddress;
  const leftEnd = block(
    'Exporter',
    [exporter.name, `ICE ${exporter.ice}`, ...exporter.address, exporter.email, ...(exporter.phone ? [exporter.phone] : [])],
    MARGIN,
    y,
  );
  const rightEnd = block(
    'Buyer and delivery address',
    [
      invoice.buyer.name,
      invoice.buyer.email,
      buyer.name,
      buyer.line1,
      ...(buyer.line2 ? [buyer.line2] : []),
      `${buyer.postalCode} ${buyer.city}`,
      buyer.countryName,
    ],
    MARGIN + half + 20,
    y,
  );
  y = Math.max(leftEnd, rightEnd) + 10;
  doc.font('regular').fontSize(9);
  write(doc, `Incoterms® 2020: ${invoice.incotermPlace}    Currency: ${cur}    Country of origin of the goods: Morocco`, MARGIN, y, {
    width: CONTENT_WIDTH,
  });
  y = doc.y + 12;

  const columns = [
    { title: 'Description', width: 165, align: 'left' as const },
    { title: 'HS code', width: 55, align: 'left' as const },
    { title: 'Origin', width: 50, align: 'left' as const },
    { title: 'Qty', width: 30, align: 'right' as const },
    { title: 'Unit price', width: 70, align: 'right' as const },
    { title: 'Total', width: 75, align: 'right' as const },
    { title: 'Net kg', width: 70, align: 'right' as const },
  ];
  const row = (cells: string[], font: 'regular' | 'bold'): void => {
    doc.font(font).fontSize(8.5);
    const height = Math.max(...cells.map((cell, i) => heightOf(doc, cell, columns[i]!.width - 4)));
    if (y + height > doc.page.height - MARGIN - 20) {
      doc.addPage();
      y = MARGIN;
    }
    let x = MARGIN;
    cells.forEach((cell, i) => {
      write(doc, cell, x, y, { width: columns[i]!.width - 4, align: columns[i]!.align });
      x += columns[i]!.width;
    });
    y += height + 4;
  };
  row(
    columns.map((c) => c.title),
    'bold',
  );
  doc
    .moveTo(MARGIN, y - 2)
    .lineTo(MARGIN + CONTENT_WIDTH, y - 2)
    .stroke();
  for (const line of invoice.lines) {
    row(
      [
        line.description,
        line.declaredCode ?? `${line.hsCode}…`,
        line.origin,
        String(line.quantity),
        money(line.unitPriceMinor, cur),
        money(line.lineTotalMinor, cur),
        kg(line.netWeightGrams),
      ],
      'regular',
    );
  }
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + CONTENT_WIDTH, y)
    .stroke();
  y += 8;

  const totals: [string, string][] = [
    ['Goods', money(invoice.goodsMinor, cur)],
    ['Freight (shipping)', money(invoice.shippingMinor, cur)],
    [
      `Insurance${invoice.insurance.policyNumber ? ` (policy ${invoice.insurance.policyNumber})` : ''}`,
      money(invoice.insurance.amountMinor, cur),
    ],
    ['Packing', money(0, cur)],
    ['Total', money(invoice.totalMinor, cur)],
  ];
  const charges = invoice.importCharges;
  if (charges.collectedMinor > 0) totals.push(['Duties and taxes prepaid', money(charges.collectedMinor, cur)]);
  totals.forEach(([label, amount]) => {
    doc.font(label === 'Total' ? 'bold' : 'regular').fontSize(9.5);
    write(doc, label, MARGIN + 250, y, { width: 160 });
    write(doc, amount, MARGIN + 410, y, { width: CONTENT_WIDTH - 410, align: 'right' });
    y += 14;
  });
  const netWeight = invoice.lines.reduce((a, l) => a + l.netWeightGrams, 0);
  doc.font('regular').fontSize(9);
  write(doc, `Net weight ${kg(netWeight)} kg    Gross weight ${kg(invoice.postalForm.grossWeightGrams)} kg`, MARGIN, y, {
    width: CONTENT_WIDTH,
  });
  y = doc.y + 14;

  const proof = invoice.proofOfOrigin;
  doc.font('bold').fontSize(10);
  write(doc, 'Origin', MARGIN, y);
  doc.font('regular').fontSize(9);
  const preferential = invoice.preferentialOrigin;
  const originText =
    proof.kind === 'not_eu' && preferential
      ? preferential.text
      : proof.kind === 'origin_declaration'
        ? proof.text!
        : proof.kind === 'eur1_certificate'
          ? `Value above EUR ${proof.limitEur.toLocaleString('en')}: a EUR.1 movement certificate accompanies this consignment.`
          : proof.kind === 'eur_value_unknown'
            ? 'No EUR exchange rate is set to value this consignment: a EUR.1 movement certificate accompanies it.'
            : 'Goods of Moroccan origin.';
  write(doc, originText, MARGIN, y + 14, { width: CONTENT_WIDTH });
  y = doc.y + 14;

  const registration = charges.iossNumber
    ? `IOSS number ${charges.iossNumber}`
    : charges.ukVatNumber
      ? `UK VAT number ${charges.ukVatNumber}`
      : null;
  if (charges.vatScheme) {
    doc.font('regular').fontSize(9);
    write(doc, `Import VAT paid at sale under ${charges.vatScheme}${registration ? `: ${registration}` : ''}.`, MARGIN, y, {
      width: CONTENT_WIDTH,
    });
    y = doc.y + 14;
  }

  const postal = invoice.postalForm;
  doc.font('bold').fontSize(10);
  write(doc, `Postal customs declaration: ${postal.form}`, MARGIN, y);
  doc.font('regular').fontSize(9);
  write(
    doc,
    `Category: sale of goods. Value ${money(postal.valueMadMinor, 'MAD')} = ${postal.valueSdr} SDR at ${postal.madPerSdr} MAD per SDR ` +
      `(${postal.form === 'CN22' ? 'up to' : 'above'} ${postal.limitSdr} SDR). Net weight ${kg(postal.netWeightGrams)} kg, gross weight ${kg(postal.grossWeightGrams)} kg.` +
      (postal.declaredDigits > 6
        ? ` Tariff codes declared with ${postal.declaredDigits} digits; a code ending in … is to be completed.`
        : ''),
    MARGIN,
    y + 14,
    { width: CONTENT_WIDTH },
  );

  doc.end();
  return done;
}
