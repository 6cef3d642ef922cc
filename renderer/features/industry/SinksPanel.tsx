import { useTranslation } from 'react-i18next';
import type { IndustryProps } from './edit';
import { ForestInputs } from './ForestInputs';
import { SectorReportingRows } from './SectorReportingRows';
import './industry.css';

/** 分领域口径与碳汇 in the editor: the 1+N reporting shares, then the forest sink. */
export function SinksPanel(p: IndustryProps) {
  const { t } = useTranslation('industry');
  return (
    <div className="industry-panel" data-testid="sinks-panel">
      <h3 className="industry-sub">{t('reporting.title')}</h3>
      <SectorReportingRows {...p} />
      <h3 className="industry-sub">{t('forest.title')}</h3>
      <p className="panel-note muted small">{t('forest.intro')}</p>
      <ForestInputs {...p} />
    </div>
  );
}
