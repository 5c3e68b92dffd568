import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, LocalizedText } from '../../core/i18n/localized';
import { formatProblem } from '../../core/project';
import type { Project } from '../../core/project/schema';
import type { NeighbourLand } from '../../core/coverage/border-field';
import { docLangSchema } from '../../core/terms/schema';
import { documentOf } from '../../core/terms/document';
import { isRealIsoDate } from '../../core/terms/dates';
import type { DocLang, TermsProfile } from '../../core/terms/schema';
import { choiceOption, type Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError } from '../io';
import { writeOutputFile } from '../output-file';
import { DATA_DIR, printProblems, readProjectOrReport, termsCatalog } from '../project-input';
import { requestFonts } from '../request-fonts';

const FORMATS = ['pdf', 'docx', 'json', 'geojson'] as const;

const usage = (da: string, en: string) => new UsageError(en, { da, en } satisfies LocalizedText);

/** A date option: absent, or a real YYYY-MM-DD date (2025-02-30 is refused with the option's name). */
function dateOption(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!isRealIsoDate(text))
    throw usage(
      `--${option}: '${text}' er ikke en gyldig dato (ÅÅÅÅ-MM-DD, en dag der findes)`,
      `--${option}: '${text}' is not a real date (YYYY-MM-DD, a day that exists)`,
    );
  return text;
}

/** The offline basemap's land by country, or none when the basemap has not been generated. */
async function basemapLand(): Promise<NeighbourLand[]> {
  const { landFromBasemap } = await import('../../core/request/land');
  try {
    return landFromBasemap(JSON.parse(readFileSync(join(DATA_DIR, 'basemap', 'denmark-land.json'), 'utf8')));
  } catch {
    return [];
  }
}

/** The slices' bandwidth as `frekvensplan slices` sizes it (same plan as the app), or unsized. */
async function slicesNeed(
  project: Project,
  profile: TermsProfile,
): Promise<{ requiredBandwidthMHz?: number; slicesUnsized?: boolean; slicesInfeasible?: boolean }> {
  if (project.slices.length === 0) return {};
  const { planSlices } = await import('../../core/slices');
  const plan = planSlices(project, { profile });
  if (!plan.ok) return { slicesUnsized: true };
  const need = plan.value.bandwidthMHz ?? plan.value.conditionalBandwidthMHz;
  return need === null || need === undefined ? { slicesInfeasible: true } : { requiredBandwidthMHz: need };
}

/** `frekvensplan request`: checks the lease request and writes the regime's document as PDF, DOCX, JSON or GeoJSON. */
export const requestCommand: Command = {
  summary: "check a lease request or licence application against a terms profile and write the regime's document",
  help: `frekvensplan request <project-file> --terms <profile-id> --format pdf|docx|json|geojson --out <file>
                    [--lang da|en] [--doc-lang da|en|de|sv] [--date YYYY-MM-DD]
                    [--declared-interest YYYY-MM-DD] [--declared-interest-ref <text>]
                    [--checklist <file.pdf>] [--draft] [--json]

Builds the request from the project's request draft, sites, lease area and slices (sized as
'frekvensplan slices' does), checks it against the terms profile (data/terms or the
project's custom profiles) and writes the regime's own document: a lease request letter to
TT-Netværket (Danish), BNetzA's application data (German), PTS's application (Swedish or
English), Ofcom's Shared Access application (English). --doc-lang picks among the regime's
languages. Exits 1 with the findings when there are blocking findings; --draft writes the
document anyway, marked DRAFT. --date sets the request date (default: today),
--declared-interest the date interest was declared to the operator. --checklist writes the
requester's checklist (findings and advice, never part of the letter) as a separate PDF.`,
  options: {
    terms: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    date: { type: 'string' },
    'doc-lang': { type: 'string' },
    'declared-interest': { type: 'string' },
    'declared-interest-ref': { type: 'string' },
    checklist: { type: 'string' },
    draft: { type: 'boolean', default: false },
  },
  run: async (positionals, values, io) => {
    if (positionals.length !== 1)
      throw usage('request tager præcis én projektfil', 'request takes exactly one project file');
    const format = choiceOption(values, 'format', FORMATS);
    if (typeof values.out !== 'string' || values.out === '')
      throw usage('--out <fil> skal angives', '--out <file> is required');
    if (typeof values.terms !== 'string')
      throw usage('--terms <profil-id> skal angives', '--terms <profile-id> is required');
    const date = dateOption(values.date, 'date');
    const declared = dateOption(values['declared-interest'], 'declared-interest');
    const docLangRaw = values['doc-lang'];
    if (docLangRaw !== undefined && !docLangSchema.safeParse(docLangRaw).success)
      throw usage(
        `--doc-lang skal være da, en, de eller sv, ikke '${String(docLangRaw)}'`,
        `--doc-lang must be da, en, de or sv, not '${String(docLangRaw)}'`,
      );
    const json = values.json === true;
    const project = await readProjectOrReport(positionals[0] as string, json, io);
    if (!project) return EXIT_INVALID;
    const catalog = termsCatalog(project);
    const entry = catalog.entries.find((e) => e.profile.id === values.terms);
    if (!entry) {
      const known = catalog.entries.map((e) => e.profile.id).join(', ');
      throw usage(
        `ukendt vilkårsprofil '${values.terms}'; kendte: ${known}`,
        `unknown terms profile '${values.terms}'; known: ${known}`,
      );
    }
    const profile = entry.profile;
    const languages = documentOf(profile).languages;
    const asked = (docLangRaw as DocLang | undefined) ?? (languages.includes(io.lang) ? io.lang : undefined);
    if (asked && !languages.includes(asked))
      throw usage(
        `${profile.name.da} skrives på ${languages.join('/')}, ikke '${asked}'`,
        `${profile.name.en} is written in ${languages.join('/')}, not '${asked}'`,
      );
    // The document engine (PDF, DOCX, fonts, coverage) loads only when a request is written: other commands start fast.
    const {
      buildRequestDocument,
      hasBlockingFindings,
      requestChecklistToPdf,
      requestToDocx,
      requestToGeoJson,
      requestToJson,
      requestToPdf,
      resolveRequestDraft,
    } = await import('../../core/request');
    const lang: Lang = io.lang;
    const today = new Date().toISOString().slice(0, 10);
    const stored: Project = {
      ...project,
      request: {
        ...project.request,
        requestDate: date ?? project.request.requestDate,
        declaredInterest: {
          date: declared ?? project.request.declaredInterest.date,
          reference:
            typeof values['declared-interest-ref'] === 'string'
              ? values['declared-interest-ref']
              : project.request.declaredInterest.reference,
        },
      },
    };
    const draft = resolveRequestDraft(stored, profile, today);
    const built = buildRequestDocument({
      project: stored,
      profile,
      draft,
      lang: asked ?? (languages[0] as DocLang),
      uiLang: lang,
      markDraft: false,
      coverage: 'compute',
      land: await basemapLand(),
      ...(await slicesNeed(stored, profile)),
    });
    const isBlocked = hasBlockingFindings(built);
    if (isBlocked && !values.draft) {
      const problems = built.machine.findings
        .filter((f) => f.severity === 'blocking')
        .map((f) => ({
          severity: 'error' as const,
          path: f.id,
          message: f.message,
          ...(f.hint ? { hint: f.hint } : {}),
        }));
      printProblems(
        problems,
        json,
        io,
        lang === 'da'
          ? 'Anmodningen har blokerende fund (brug --draft for at eksportere et udkast):'
          : 'The request has blocking findings (use --draft to export a draft):',
      );
      return EXIT_INVALID;
    }
    const doc = isBlocked ? { ...built, draft: true } : built;
    const fonts = requestFonts();
    const bytes =
      format === 'pdf'
        ? await requestToPdf(doc, fonts)
        : format === 'docx'
          ? await requestToDocx(doc, fonts)
          : `${JSON.stringify(format === 'json' ? requestToJson(doc) : requestToGeoJson(doc), null, 2)}\n`;
    const error = await writeOutputFile(values.out, bytes, io);
    if (error) {
      io.stderr(`frekvensplan request: ${error}`);
      return EXIT_INVALID;
    }
    if (typeof values.checklist === 'string' && values.checklist !== '') {
      const checklistError = await writeOutputFile(values.checklist, await requestChecklistToPdf(doc, fonts), io);
      if (checklistError) {
        io.stderr(`frekvensplan request: ${checklistError}`);
        return EXIT_INVALID;
      }
    }
    if (json) {
      io.stdout(JSON.stringify({ ok: true, out: values.out, outputFormat: format, ...requestToJson(doc) }, null, 2));
    } else {
      io.stdout(
        [
          `${values.out}: ${format}${doc.draft ? (lang === 'da' ? ' (UDKAST)' : ' (DRAFT)') : ''}, ${profile.name[lang]}, ${doc.requestId}`,
          ...doc.machine.findings.map(
            (f) =>
              `  [${f.severity}${f.verified ? '' : lang === 'da' ? ', ikke verificeret' : ', unverified'}] ${formatProblem({ severity: 'warning', path: '', message: f.message, ...(f.hint ? { hint: f.hint } : {}) }, lang)}`,
          ),
        ].join('\n'),
      );
    }
    return EXIT_OK;
  },
};
