import type { Scenario } from '../../../shared/model/scenario';
import { bibliography } from './citations';
import type { ReportText } from './report-text';
import { Section } from './Section';

/** The planning documents (title, issuer, lines cited) and reference entries (publisher, document, year) the report cites. */
export function BibliographySection({ scenario, x }: { scenario: Scenario; x: ReportText }) {
  const { documents, references } = bibliography(scenario, x);
  return (
    <Section id="bibliography" title={x.t('sources.heading')} intro={x.t('sources.intro')}>
      <h3>{x.t('sources.documentsHeading')}</h3>
      {documents.length === 0 ? (
        <p className="report-intro">{x.t('sources.empty')}</p>
      ) : (
        <ol className="report-bibliography" data-testid="report-bibliography-documents">
          {documents.map((d) => (
            <li key={d.key}>{d.text}</li>
          ))}
        </ol>
      )}
      <h3>{x.t('sources.referencesHeading')}</h3>
      {references.length === 0 ? (
        <p className="report-intro">{x.t('sources.empty')}</p>
      ) : (
        <ol className="report-bibliography" start={documents.length + 1} data-testid="report-bibliography-references">
          {references.map((d) => (
            <li key={d.key}>{d.text}</li>
          ))}
        </ol>
      )}
    </Section>
  );
}
