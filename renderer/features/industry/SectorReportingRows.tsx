import { useTranslation } from 'react-i18next';
import { referenceById } from '../../../seeds/index';
import type { SectorReporting } from '../../../shared/model/industry';
import { setSectorShare } from '../../../shared/model/ops-industry';
import type { Series } from '../../../shared/model/series';
import { NumberField } from '../../components/fields/NumberField';
import { SeriesField } from '../../components/fields/SeriesField';
import { numberLocale } from '../../i18n';
import type { IndustryProps } from './edit';
import { REPORTING_REFERENCE } from './library';
import { Row } from './Row';

const KEYS = ['constructionShareOfIndustryPct', 'privateVehicleShareOfHouseholdOilPct', 'industryValueAddedSharePct'] as const satisfies readonly (keyof SectorReporting)[];

/** A published figure beside the share, to compare with (never applied by itself). */
function ReferenceHint({ refId }: { refId: string }) {
  const { t, i18n } = useTranslation('industry');
  const e = referenceById(refId);
  if (!e || e.value === undefined) return null;
  const zh = i18n.language !== 'en';
  const value = `${new Intl.NumberFormat(numberLocale(i18n.language), { maximumFractionDigits: 2 }).format(e.value)} ${e.unit}`;
  return (
    <span className="muted small industry-ref" data-testid={`reference-${refId}`}>
      {t('reporting.reference', { name: zh ? e.name : e.nameEn, value })}
    </span>
  );
}

/**
 * 分领域口径: the shares that move energy between the balance's sectors and the 1+N plan
 * sectors (建筑业 out of industry, private vehicles' oil out of households), and 工业增加值's share
 * of GDP for an industry intensity target. Each is optional: empty is 0 (nothing moved).
 */
export function SectorReportingRows(p: IndustryProps) {
  const { t } = useTranslation('industry');
  const r = p.scenario.sectorReporting;
  return (
    <div className="industry-reporting" data-testid="sector-reporting">
      <p className="muted small">{t('reporting.intro')}</p>
      {KEYS.map((key) => {
        const path = `sectorReporting.${key}`;
        const value = r?.[key];
        const commit = (v: Series | undefined) => p.edit((s) => setSectorShare(s, key, v), path, path, true);
        const refId = REPORTING_REFERENCE[key as 'constructionShareOfIndustryPct'];
        return (
          <Row key={key} label={t(`reporting.${key}`)} hint={t(`reporting.${key}Hint`)} path={path} sourceOf={(q) => (value === undefined ? undefined : p.sourceOf(q))} markOf={p.markOf}>
            {value === undefined ? (
              <NumberField value={undefined} onCommit={(v) => commit(v)} testId={path} label={t(`reporting.${key}`)} unit="%" optional min={0} max={100} disabled={p.readOnly} className="w-num" />
            ) : (
              <span className="industry-optional">
                <SeriesField value={value} onCommit={(v) => commit(v)} testId={path} label={t(`reporting.${key}`)} unit="%" min={0} max={100} disabled={p.readOnly} baseYear={p.scenario.baseYear} endYear={p.scenario.endYear} />
                <button type="button" className="btn ghost small-btn" disabled={p.readOnly} data-testid={`clear-${path}`} onClick={() => void commit(undefined)}>
                  {t('reporting.clear')}
                </button>
              </span>
            )}
            {refId && <ReferenceHint refId={refId} />}
          </Row>
        );
      })}
    </div>
  );
}
