import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessRequestDate,
  obligationWindow,
  parseTermsProfile,
  startedMonths,
  type TermsProfile,
} from '../../../../core/terms';

function load(id: string): TermsProfile {
  const result = parseTermsProfile(
    JSON.parse(readFileSync(join(__dirname, '../../../../data/terms', `${id}.json`), 'utf8')),
  );
  if (!result.ok) throw new Error('profile must load');
  return result.value;
}

const dk = load('dk-tt-2021');

describe('Danish leasing obligation window', () => {
  it('runs four years from the licence start: 1 June 2021 – 31 May 2025', () => {
    expect(obligationWindow(dk)).toEqual({ from: '2021-06-01', to: '2025-05-31' });
  });

  it.each([
    ['2021-05-31', 'before-licence'],
    ['2021-06-01', 'inside-obligation-window'],
    ['2025-05-31', 'inside-obligation-window'],
    ['2025-06-01', 'after-obligation-window'],
    ['2026-11-29', 'after-obligation-window'],
    ['2042-01-31', 'after-obligation-window'],
    ['2042-02-01', 'after-licence'],
  ])('a request on %s is %s', (date, status) => {
    expect(assessRequestDate(dk, date).status).toBe(status);
  });

  it('says plainly that a request after the window is voluntary, in both languages', () => {
    const assessment = assessRequestDate(dk, '2026-11-29');
    expect(assessment.message.da).toContain('frivillig kommerciel anmodning');
    expect(assessment.message.en).toContain('voluntary commercial request');
    // The licence term is only seen in TDC Net's licence, so the assessment is unverified.
    expect(assessment.verified).toBe(false);
  });

  it('treats local licences as having no obligation', () => {
    expect(assessRequestDate(load('de-bnetza-3700'), '2026-11-29').status).toBe('no-obligation');
    expect(assessRequestDate(load('se-pts-3720'), '2033-01-01').status).toBe('after-licence');
  });
});

describe('startedMonths', () => {
  it.each([
    ['2026-01-01', '2035-12-31', 120],
    ['2026-01-01', '2036-01-01', 121],
    ['2026-01-01', '2036-06-30', 126],
    ['2026-01-15', '2026-02-14', 1],
    ['2026-01-15', '2026-02-15', 2],
    ['2026-01-31', '2026-02-27', 1],
    ['2026-03-01', '2026-03-01', 1],
  ])('%s to %s is %i started months', (from, to, months) => {
    expect(startedMonths(from, to)).toBe(months);
  });
});

describe('declared interest (itchefer.dk 2021: a declaration inside the window keeps the right to lease)', () => {
  it('states a right kept by an in-window declaration, not a voluntary request', () => {
    const a = assessRequestDate(dk, '2026-11-29', { date: '2025-03-14', reference: 'TT ref. 2025-0042' });
    expect(a.status).toBe('right-kept-by-declaration');
    expect(a.message.da).toContain('14.03.2025 (TT ref. 2025-0042)');
    expect(a.message.da).toContain('Retten til at leje er dermed bevaret til tilladelsens udløb 31.01.2042');
    expect(a.message.da).not.toContain('frivillig');
    expect(a.message.en).toContain('the operator cannot refuse the request');
  });

  it('keeps no right when interest was declared after the window closed', () => {
    const a = assessRequestDate(dk, '2026-11-29', { date: '2025-06-02', reference: '' });
    expect(a.status).toBe('after-obligation-window');
    expect(a.message.en).toContain('only declared on 02/06/2025, after the window closed');
  });

  it('is still inside the window when the request itself is', () => {
    expect(assessRequestDate(dk, '2025-04-01', { date: '2025-03-01', reference: '' }).status).toBe(
      'inside-obligation-window',
    );
  });
});
