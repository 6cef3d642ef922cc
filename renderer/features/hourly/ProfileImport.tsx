import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HourlyResults } from '../../../shared/engine/hourly/types';
import { BUILT_IN_PROFILE_SOURCES } from '../../../shared/engine/hourly/profile-shapes';
import type { IoProblem } from '../../../shared/io/problems';
import { PROFILE_KINDS, type HourlyProfile, type ProfileKind } from '../../../shared/model/hourly';
import { removeProfile, setProfiles } from '../../../shared/model/ops-hourly-profiles';
import type { Scenario } from '../../../shared/model/scenario';
import { SourceNote } from '../../components/fields/SourceNote';
import { issueText } from '../../i18n/issue-text';
import { getDesktopApi } from '../../platform/desktop';
import type { HourlyEdit } from './edit';
import './ProfileImport.css';

export type ProfileImportProps = {
  /** the open scenario, as edited */
  scenario: Scenario;
  readOnly: boolean;
  /** the hourly panel's edit (the editor's `change`): each import and each removal one undoable step */
  edit: HourlyEdit;
  /** where the engine says each profile comes from (`results.hourly.profileSources`), once computed */
  profileSources?: HourlyResults['profileSources'];
};

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; file: string; problems: IoProblem[] } | { kind: 'error'; text: string };

/** Problems found, the summary line of those not listed counted in. */
const problemCount = (problems: readonly IoProblem[]) => problems.reduce((n, p) => n + (p.code === 'file.more' ? p.params.count : 1), 0);

/**
 * 导入逐时曲线: reads the region's own hourly profiles (the power-supply bureau's
 * load, measured PV, wind or hydro output) from a CSV or .xlsx file and sets them
 * on the scenario as one edit, or lists every problem of the file and sets
 * nothing (shared/io/profile-import.ts). Beside it the blank template, and per
 * profile whether the built-in typical one (with its source) or an imported one
 * is used, with a removal back to the built-in one.
 */
export function ProfileImport({ scenario, readOnly, edit, profileSources }: ProfileImportProps) {
  const { t, i18n } = useTranslation('io');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const own = scenario.hourly?.profiles ?? {};
  const grouped = (n: number) => n.toLocaleString(i18n.language);

  const pick = async () => {
    setOutcome(null);
    const file = await getDesktopApi().openFile({ title: t('profiles.pickTitle'), filters: [{ name: t('profiles.filter'), extensions: ['csv', 'xlsx'] }] });
    if (!file) return;
    setBusy(true);
    try {
      // the parsers (and exceljs) load when a file is chosen, not with the editor
      const { parseProfileFile } = await import('../../../shared/io/profile-import');
      const read = await parseProfileFile(file.bytes, { fileName: file.name });
      if (!read.profiles) return setOutcome({ kind: 'failed', file: file.name, problems: read.problems });
      const profiles = read.profiles;
      const refused = await edit((s) => setProfiles(s, profiles), 'hourly.profiles', `profile-import-${Date.now()}`);
      if (refused.length) return setOutcome({ kind: 'error', text: t('profiles.refused', { message: refused.join('; ') }) });
      const kinds = PROFILE_KINDS.filter((k) => profiles[k]).map((k) => t(`profiles.kinds.${k}`));
      setOutcome({ kind: 'done', text: t('profiles.done', { file: file.name, kinds: kinds.join(t('profiles.separator')), hours: grouped(read.hours) }) });
    } finally {
      setBusy(false);
    }
  };
  const remove = (kind: ProfileKind) => {
    setOutcome(null);
    void edit((s) => removeProfile(s, kind), 'hourly.profiles', `profile-remove-${kind}`).then((refused) => {
      if (refused.length) setOutcome({ kind: 'error', text: refused.join('; ') });
    });
  };

  return (
    <div className="profile-import" data-testid="profile-import">
      <p className="muted small">{t('profiles.intro')}</p>
      <div className="profile-import-actions">
        <button type="button" className="btn" disabled={readOnly || busy} onClick={() => void pick().catch((e: unknown) => setOutcome({ kind: 'error', text: String(e) }))} data-testid="btn-profile-import">
          {busy ? t('profiles.reading') : t('profiles.button')}
        </button>
        <TemplateButton />
      </div>
      {outcome?.kind === 'done' && (
        <p className="small" role="status" data-testid="profile-import-done">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'error' && (
        <p className="banner bad" role="alert" data-testid="profile-import-error">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <div className="profile-import-problems">
          <p role="alert" className="profile-import-failed">
            {t('profiles.failed', { file: outcome.file, n: grouped(problemCount(outcome.problems)) })}
          </p>
          <ol data-testid="profile-import-problems">
            {outcome.problems.map((p, i) => (
              <li key={i} data-testid="profile-import-problem" data-code={p.code}>
                {issueText(p, t)}
              </li>
            ))}
          </ol>
        </div>
      )}
      <table className="grid profile-import-table">
        <thead>
          <tr>
            <th scope="col" className="profile-col-kind">{t('profiles.col.kind')}</th>
            <th scope="col" className="profile-col-state">{t('profiles.col.state')}</th>
            <th scope="col">{t('profiles.col.detail')}</th>
            <th scope="col" className="profile-col-action">
              <span className="visually-hidden">{t('profiles.col.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {PROFILE_KINDS.map((k) => {
            const mine = own[k];
            return (
              <tr key={k} data-testid={`profile-row-${k}`} data-own={mine ? 'true' : 'false'}>
                <th scope="row">{t(`profiles.kinds.${k}`)}</th>
                <td>{mine ? t('profiles.imported') : t('profiles.builtIn')}</td>
                <td>{mine ? <ImportedDetail profile={mine} /> : <SourceNote source={profileSources && !profileSources[k].own ? profileSources[k].source : BUILT_IN_PROFILE_SOURCES[k]} testId={`hourly.profiles.${k}`} />}</td>
                <td>
                  {mine && (
                    <button type="button" className="btn ghost small" disabled={readOnly} aria-label={t('profiles.removeNamed', { kind: t(`profiles.kinds.${k}`) })} data-testid={`btn-profile-remove-${k}`} onClick={() => remove(k)}>
                      {t('profiles.remove')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ImportedDetail({ profile }: { profile: HourlyProfile }) {
  const { t, i18n } = useTranslation('io');
  const file = profile.source.kind === 'user' ? profile.source.note : undefined;
  const bits = [
    t(`profiles.units.${profile.unit}`),
    profile.year === undefined ? t('profiles.noYear') : t('profiles.year', { year: profile.year }),
    t('profiles.hours', { hours: profile.values.length.toLocaleString(i18n.language) }),
  ];
  if (file) bits.push(t('profiles.file', { file }));
  return <span data-testid="profile-imported-detail">{bits.join(' · ')}</span>;
}

/** Saves the blank CSV template (shared/io/profile-template.ts). */
function TemplateButton() {
  const { t } = useTranslation('io');
  const [saved, setSaved] = useState<string | null>(null);
  const save = async () => {
    setSaved(null);
    const [{ profileTemplateCsv }, { encodeUtf8 }] = await Promise.all([import('../../../shared/io/profile-template'), import('../../../shared/io/text')]);
    const defaultName = `${t('profiles.templateName')}.csv`;
    const result = await getDesktopApi().saveFile({ title: t('profiles.template'), defaultName, filters: [{ name: t('filter.csv'), extensions: ['csv'] }], bytes: encodeUtf8(profileTemplateCsv()) });
    if (!result.saved) return;
    const name = result.name ?? defaultName;
    setSaved(result.folder ? t('profiles.templateSavedIn', { name, folder: result.folder }) : t('profiles.templateSaved', { name }));
  };
  return (
    <>
      <button type="button" className="btn ghost" onClick={() => void save()} data-testid="btn-profile-template">
        {t('profiles.template')}
      </button>
      {saved && (
        <span className="muted small" role="status" data-testid="profile-template-saved">
          {saved}
        </span>
      )}
    </>
  );
}
