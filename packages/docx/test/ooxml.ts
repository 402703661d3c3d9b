// Reads a DOCX the way Word must: every XML part through a strict XML 1.0 parser (saxes:
// well-formedness, allowed characters, entities), the paragraphs of a part with their
// text (w:t, non-breaking hyphens, tabs), properties and runs.
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** One paragraph of a part: its text, its style and properties, and its runs' languages. */
export interface DocxParagraph {
  readonly text: string;
  readonly style: string | undefined;
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  readonly indent: Readonly<Record<string, string>>;
  readonly spacing: Readonly<Record<string, string>>;
  /** The `w:lang` of each run that holds text (`undefined` when the run has none). */
  readonly runLanguages: readonly (string | undefined)[];
  /** The fields of the paragraph (`PAGE`). */
  readonly fields: readonly string[];
}

/** The parts of a DOCX, by name. */
export function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** Parses an XML part strictly; throws on anything Word would refuse. */
export function parseXml(xml: string): { elements: number } {
  const parser = new SaxesParser({ xmlns: false });
  let elements = 0;
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', () => {
    elements++;
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return { elements };
}

/** Whether an OOXML on/off element is on (`<w:keepNext/>`, not `<w:keepNext w:val="false"/>`). */
const on = (a: Record<string, string>) => !['false', '0', 'off'].includes(a['w:val'] ?? 'true');

/** The paragraphs of a part (`word/document.xml`, `word/header1.xml` …), in order. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: DocxParagraph[] = [];
  let p:
    | {
        text: string;
        style: string | undefined;
        keepNext: boolean;
        keepLines: boolean;
        indent: Record<string, string>;
        spacing: Record<string, string>;
        runLanguages: (string | undefined)[];
        fields: string[];
      }
    | undefined;
  let inText = false;
  let inInstr = false;
  let inPPr = false;
  let run: { lang: string | undefined; text: boolean } | undefined;
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'w:p':
        p = {
          text: '',
          style: undefined,
          keepNext: false,
          keepLines: false,
          indent: {},
          spacing: {},
          runLanguages: [],
          fields: [],
        };
        break;
      case 'w:pPr':
        inPPr = true;
        break;
      case 'w:pStyle':
        if (p && inPPr) p.style = a['w:val'];
        break;
      case 'w:keepNext':
        if (p && inPPr) p.keepNext = on(a);
        break;
      case 'w:keepLines':
        if (p && inPPr) p.keepLines = on(a);
        break;
      case 'w:ind':
        if (p && inPPr) p.indent = { ...a };
        break;
      case 'w:spacing':
        if (p && inPPr) p.spacing = { ...a };
        break;
      case 'w:r':
        run = { lang: undefined, text: false };
        break;
      case 'w:lang':
        if (run) run.lang = a['w:val'];
        break;
      case 'w:t':
        inText = true;
        if (run) run.text = true;
        break;
      case 'w:instrText':
        inInstr = true;
        break;
      case 'w:noBreakHyphen':
        if (p) p.text += '-';
        if (run) run.text = true;
        break;
      case 'w:tab':
        if (p && !inPPr) p.text += '\t';
        break;
    }
  });
  parser.on('text', (t) => {
    if (p && inText) p.text += t;
    if (p && inInstr) p.fields.push(t.trim());
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:instrText') inInstr = false;
    else if (tag.name === 'w:pPr') inPPr = false;
    else if (tag.name === 'w:r') {
      if (p && run?.text) p.runLanguages.push(run.lang);
      run = undefined;
    } else if (tag.name === 'w:p' && p) {
      out.push(p);
      p = undefined;
    }
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return out;
}

/** The text of each paragraph of `word/document.xml`, no-break spaces read as spaces. */
export function paragraphTexts(bytes: Uint8Array): string[] {
  return paragraphsOf(parts(bytes)['word/document.xml'] ?? '').map((p) =>
    p.text.replaceAll('\u00A0', ' '),
  );
}
