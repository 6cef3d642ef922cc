import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/ipc/contract';
import { PRESETS, referenceById } from '../../seeds/index';
import { SOURCE_DOCUMENTS } from '../../shared/model/source-documents';
import { regionName, scenarioName } from '../components/scenario-format';
import { getDesktopApi } from '../platform/desktop';
import { collectDataSources } from './data-sources';
import { Modal } from '../components/Modal';

type Props = { onClose(): void; focus: 'about' | 'data-sources' };

export function AboutDialog({ onClose, focus }: Props) {
  const { t, i18n } = useTranslation('app');
  const lang = i18n.language;
  const [info, setInfo] = useState<AppInfo | null>(null);
  const sources = useMemo(() => collectDataSources(PRESETS, (id) => referenceById(id)?.source), []);
  const docTitle = (file: string) => {
    const d = SOURCE_DOCUMENTS[file];
    return d ? (lang === 'en' ? d.titleEn : d.title) : file;
  };

  useEffect(() => {
    let live = true;
    void getDesktopApi()
      .getAppInfo()
      .then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (focus === 'data-sources') document.getElementById('about-sources')?.scrollIntoView();
  }, [focus]);

  return (
    <Modal title={t('about.title')} onClose={onClose} testId="about-dialog">
      <p className="about-name">{t('appName')}</p>
      {info && (
        <p className="muted" data-testid="about-info" data-shell={info.shell}>
          {t('about.version', { version: info.version })} · {t(`about.shell.${info.shell}`)} · {t('about.platform', { platform: info.platform })}
        </p>
      )}
      <p>{t('about.offline')}</p>
      <h3 id="about-sources">{t('about.dataSources')}</h3>
      <h4>{t('about.presets')}</h4>
      <ul className="about-list">
        {PRESETS.map((p) => (
          <li key={p.id}>
            {scenarioName(p, lang)} · {regionName(p, lang)}
          </li>
        ))}
      </ul>
      <h4>{t('about.references')}</h4>
      <ul className="about-list" data-testid="about-references">
        {sources.references.length ? sources.references.map((r) => <li key={r}>{r}</li>) : <li>{t('about.none')}</li>}
      </ul>
      <h4>{t('about.documents')}</h4>
      <ul className="about-list" data-testid="about-documents">
        {sources.documents.length ? sources.documents.map((f) => <li key={f}>{docTitle(f)}</li>) : <li>{t('about.none')}</li>}
      </ul>
      <p className="muted small">{t('about.documentsNote')}</p>
      <div className="modal-actions">
        <button type="button" className="btn primary" onClick={onClose} data-testid="btn-about-close">
          {t('about.close')}
        </button>
      </div>
    </Modal>
  );
}
