import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { requestFonts } from '../../../../cli/request-fonts';
import { buildRequestDocument, requestToDocx, requestToPdf } from '../../../../core/request';
import { landFromBasemap } from '../../../../core/request/land';
import { hasPdftotext, pdfText } from '../../../helpers/pdftotext';
import { regimeCase, termsProfile } from './fixtures';

/**
 * Golden files per regime: the text a recipient reads, from the PDF (pdftotext) and from the DOCX (word/document.xml,
 * one paragraph per line). A change in wording, numbers or order shows as a diff; `REGEN=1 npx vitest run
 * test/unit/core/request/golden.test.ts` rewrites them after a deliberate change (review the diff).
 */
const dir = join(__dirname, '../../../fixtures/request-golden');
const fonts = requestFonts();
const land = landFromBasemap(
  JSON.parse(readFileSync(join(__dirname, '../../../../data/basemap/denmark-land.json'), 'utf8')),
);

function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n');
}

function golden(name: string, actual: string): void {
  const file = join(dir, name);
  if (process.env.REGEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const CASES = [
  ['dk-tt-2021', 'da'],
  ['de-bnetza-3700', 'de'],
  ['se-pts-3720', 'sv'],
  ['uk-ofcom-sa-lp', 'en'],
] as const;

describe.runIf(hasPdftotext())('golden request documents per regime', () => {
  it.each(CASES)('%s (%s): PDF text and DOCX text match the goldens', async (id, lang) => {
    const { project, draft } = regimeCase(id);
    const doc = buildRequestDocument({ project, profile: termsProfile(id), draft, lang, markDraft: false, land });
    expect(doc.machine.findings.filter((f) => f.severity === 'blocking')).toEqual([]);
    golden(`${id}.pdf.txt`, pdfText(await requestToPdf(doc, fonts)));
    golden(`${id}.docx.txt`, docxText(await requestToDocx(doc, fonts)));
  });
});
