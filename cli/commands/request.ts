import type { Lang } from '../../core/i18n/localized';
import { formatProblem } from '../../core/project';
import {
  buildRequestDocument,
  hasBlockingFindings,
  requestToDocx,
  requestToGeoJson,
  requestToJson,
  requestToPdf,
  resolveRequestDraft,
} from '../../core/request';
import { choiceOption, type Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError } from '../io';
import { writeOutputFile } from '../output-file';
import { neighbourLand, printProblems, readProjectOrReport, termsCatalog } from '../project-input';

const FORMATS = ['pdf', 'docx', 'json', 'geojson'] as const;

/** `frekvensplan request`: checks the lease request and writes it as PDF, DOCX, JSON or GeoJSON. */
export const requestCommand: Command = {
  summary: 'check a lease request against a terms profile and export it (PDF, DOCX, JSON, GeoJSON)',
  help: `frekvensplan request <project-file> --terms <profile-id> --format pdf|docx|json|geojson --out <file>
                    [--lang da|en] [--date YYYY-MM-DD] [--draft] [--json]

Builds the lease request from the project's request draft, sites, lease area and slices,
checks it against the terms profile (data/terms or the project's custom profiles) and
writes it. Exits 1 with the findings when there are blocking findings; --draft writes the
document anyway, marked DRAFT. --date sets the request date (default: today).`,
  options: {
    terms: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    date: { type: 'string' },
    draft: { type: 'boolean', default: false },
  },
  run: async (positionals, values, io) => {
    if (positionals.length !== 1) throw new UsageError('request takes exactly one project file');
    const format = choiceOption(values, 'format', FORMATS);
    if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out <file> is required');
    if (typeof values.terms !== 'string') throw new UsageError('--terms <profile-id> is required');
    const date = values.date === undefined ? new Date().toISOString().slice(0, 10) : String(values.date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw new UsageError(`--date must be YYYY-MM-DD, not '${date}'`);
    const json = values.json === true;
    const project = await readProjectOrReport(positionals[0] as string, json, io);
    if (!project) return EXIT_INVALID;
    const catalog = termsCatalog(project);
    const entry = catalog.entries.find((e) => e.profile.id === values.terms);
    if (!entry)
      throw new UsageError(
        `unknown terms profile '${values.terms}'; known: ${catalog.entries.map((e) => e.profile.id).join(', ')}`,
      );
    const lang: Lang = io.lang;
    const stored = {
      ...project,
      request: { ...project.request, requestDate: values.date === undefined ? project.request.requestDate : date },
    };
    const draft = resolveRequestDraft(stored, entry.profile, date);
    const blocking = buildRequestDocument({
      project,
      profile: entry.profile,
      draft,
      lang,
      markDraft: false,
      coverage: 'compute',
      neighbourLand: neighbourLand(),
    });
    const isBlocked = hasBlockingFindings(blocking);
    if (isBlocked && !values.draft) {
      const problems = blocking.machine.findings
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
    const doc = isBlocked ? { ...blocking, draft: true } : blocking;
    const bytes =
      format === 'pdf'
        ? await requestToPdf(doc)
        : format === 'docx'
          ? await requestToDocx(doc)
          : `${JSON.stringify(format === 'json' ? requestToJson(doc) : requestToGeoJson(doc), null, 2)}\n`;
    const error = await writeOutputFile(values.out, bytes, io);
    if (error) {
      io.stderr(`frekvensplan request: ${error}`);
      return EXIT_INVALID;
    }
    if (json) {
      io.stdout(JSON.stringify({ ok: true, out: values.out, outputFormat: format, ...requestToJson(doc) }, null, 2));
    } else {
      io.stdout(
        [
          `${values.out}: ${format}${doc.draft ? (lang === 'da' ? ' (UDKAST)' : ' (DRAFT)') : ''}, ${entry.profile.name[lang]}`,
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
