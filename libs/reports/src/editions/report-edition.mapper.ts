import { editionPath, ReportEdition } from './report-edition.service';
import { ReportEditionModel } from './report-edition.models';

export function toReportEditionModel({ edition, files }: ReportEdition): ReportEditionModel {
  const url = (format: 'html' | 'md' | 'pdf' | 'json') => editionPath(edition.contentHash, edition.lang, format);
  const has = new Set(files.map((f) => f.format));
  return {
    id: edition.id,
    contentHash: edition.contentHash,
    lang: edition.lang,
    kind: edition.kind,
    jurisdiction: edition.kind === 'COUNTRY' ? edition.subjectCode : null,
    region: edition.kind === 'REGIONAL' ? edition.subjectCode : null,
    title: edition.title,
    rubricId: edition.rubricId,
    rubricVersion: edition.rubricVersion,
    asOf: edition.asOf,
    generatedAt: edition.generatedAt,
    publishedAt: edition.publishedAt,
    pdfUnavailable: edition.pdfUnavailable,
    urls: { html: url('html'), markdown: url('md'), pdf: has.has('pdf') ? url('pdf') : null, json: url('json') },
    files: files.map((f) => ({ ...f, url: url(f.format) })),
  };
}
