import type { ReactNode } from 'react';
import type { HourlyResults } from '../../../shared/engine/hourly/types';
import { DEFAULT_SITE } from '../../../shared/engine/hourly/profile-shapes';
import { PROFILE_KINDS } from '../../../shared/model/hourly';
import type { SourceRef } from '../../../shared/model/provenance';
import type { Scenario } from '../../../shared/model/scenario';
import type { Series } from '../../../shared/model/series';
import { hourlyNumber, hourlyUnitKey } from '../../components/results/hourly-indicators';
import type { ReportText } from './report-text';
import { SourceLines } from './Section';

type Props = { scenario: Scenario; hourly: HourlyResults; x: ReportText };

/** A power limit as entered, in the report's capacity unit; absent is no limit. */
function limitText(s: Series | undefined, x: ReportText): string {
  if (s === undefined) return x.t('hourly.settings.noLimit');
  if (typeof s === 'number') return x.fmt.withUnit(s, 'mw');
  if (Array.isArray(s))
    return `${s.map((p) => x.t('assumptions.point', { year: p.year, value: x.fmt.num(p.value, 'mw') })).join(' → ')} ${x.fmt.unit('mw')}`;
  return `${x.t('assumptions.expr', { expr: s.expr })} MW`;
}

const energyText = (mwh: number, x: ReportText) =>
  `${hourlyNumber(mwh, 'mwh', x.fmt)} ${x.t(`hourly.units.${hourlyUnitKey('mwh', x.fmt)}`)}`;

/** Pumped storage in the balance, outside it as grid assets, and batteries, each with power and energy. */
function storageLines(s: Scenario, x: ReportText): { inside: string[]; outside: string[] } {
  const pumped = s.electricity.pumpedStorage.filter((p) => p.included);
  const plant = (p: (typeof pumped)[number]) =>
    x.t('hourly.settings.pumped', {
      name: p.name,
      power: x.fmt.withUnit(p.capacityMW, 'mw'),
      hours: x.plain(p.storageHours),
      year: p.commissioningYear,
    });
  const batteries = (s.hourly?.batteries ?? []).filter((b) => b.included);
  return {
    inside: [
      ...pumped.filter((p) => p.attribution !== 'gridAsset').map(plant),
      ...batteries.map((b) =>
        x.t('hourly.settings.battery', {
          name: b.name,
          power: x.fmt.withUnit(b.powerMW, 'mw'),
          energy: energyText(b.energyMWh, x),
          eff: x.plain(b.roundTripEfficiencyPct),
          year: b.commissioningYear,
        }),
      ),
    ],
    outside: pumped.filter((p) => p.attribution === 'gridAsset').map(plant),
  };
}

/** The balance's settings (limits, storage, reservoir hydro, site, feedback) with their sources, and where each profile comes from. */
export function HourlySettings({ scenario: s, hourly: h, x }: Props) {
  const hs = s.hourly!;
  // the balance's own source explains a limit left unset; a limit that is set has its own or none
  const limitSource = (path: 'exportLimitMW' | 'importLimitMW'): SourceRef | undefined =>
    s.sources[`hourly.${path}`] ?? (hs[path] === undefined ? s.sources.hourly : undefined);
  const storage = storageLines(s, x);
  const rows: { id: string; label: string; value: ReactNode; source?: SourceRef }[] = [
    {
      id: 'export',
      label: x.t('hourly.settings.exportLimit'),
      value: limitText(hs.exportLimitMW, x),
      source: limitSource('exportLimitMW'),
    },
    {
      id: 'import',
      label: x.t('hourly.settings.importLimit'),
      value: limitText(hs.importLimitMW, x),
      source: limitSource('importLimitMW'),
    },
    {
      id: 'storage',
      label: x.t('hourly.settings.storage'),
      value: (
        <>
          <div>
            {storage.inside.length
              ? storage.inside.join(x.lang === 'en' ? '; ' : '；')
              : x.t('hourly.settings.noStorage')}
          </div>
          {storage.outside.length > 0 && (
            <div className="report-small">
              {x.t('hourly.settings.gridAssets', { list: storage.outside.join(x.lang === 'en' ? '; ' : '；') })}
            </div>
          )}
        </>
      ),
    },
    {
      id: 'hydro',
      label: x.t('hourly.settings.hydro'),
      value: `${x.plain(hs.hydroDispatchablePct)}%`,
      source: s.sources['hourly.hydroDispatchablePct'],
    },
    {
      id: 'site',
      label: x.t('hourly.settings.site'),
      value:
        hs.latitude === undefined && hs.longitude === undefined
          ? x.t('hourly.settings.siteBuiltIn', {
              lat: x.plain(DEFAULT_SITE.latitude),
              lon: x.plain(DEFAULT_SITE.longitude),
            })
          : x.t('hourly.settings.siteValue', {
              lat: x.plain(hs.latitude ?? DEFAULT_SITE.latitude),
              lon: x.plain(hs.longitude ?? DEFAULT_SITE.longitude),
            }),
      source: s.sources['hourly.latitude'],
    },
    {
      id: 'feedback',
      label: x.t('hourly.settings.feedback'),
      value: h.feedback ? x.t('hourly.settings.feedbackOn') : x.t('hourly.settings.feedbackOff'),
    },
  ];
  return (
    <>
      <h3>{x.t('hourly.settings.heading')}</h3>
      <SourcedTable
        testId="report-hourly-settings"
        heads={[x.t('hourly.settings.col.item'), x.t('hourly.settings.col.value'), x.t('hourly.settings.col.source')]}
      >
        {rows.map((r, i) => (
          <tr key={r.id} data-testid={`report-hourly-setting-${r.id}`}>
            <th scope="row">{r.label}</th>
            <td>{r.value}</td>
            {/* both limits unset share the balance's one source: cited once */}
            <td>
              {r.source &&
                (i > 0 && rows[i - 1]!.source === r.source ? (
                  x.t('hourly.settings.sameSource')
                ) : (
                  <SourceLines source={r.source} x={x} />
                ))}
            </td>
          </tr>
        ))}
      </SourcedTable>
      <h3>{x.t('hourly.profiles.heading')}</h3>
      <SourcedTable
        testId="report-hourly-profiles"
        heads={[x.t('hourly.profiles.col.profile'), x.t('hourly.profiles.col.kind'), x.t('hourly.settings.col.source')]}
      >
        {PROFILE_KINDS.map((k) => {
          const { own, source } = h.profileSources[k];
          const mine = hs.profiles?.[k];
          return (
            <tr key={k} data-testid={`report-hourly-profile-${k}`} data-own={own ? 'true' : 'false'}>
              <th scope="row">{x.t(`hourly.profiles.kind.${k}`)}</th>
              <td>
                {own && mine
                  ? x.t(mine.year === undefined ? 'hourly.profiles.imported' : 'hourly.profiles.importedYear', {
                      unit: x.t(`hourly.profiles.unit.${mine.unit}`),
                      year: mine.year,
                      hours: x.plain(mine.values.length),
                    })
                  : x.t('hourly.profiles.builtIn')}
              </td>
              <td>
                <SourceLines source={source} x={x} />
              </td>
            </tr>
          );
        })}
      </SourcedTable>
      <p className="report-small">{x.t('hourly.profiles.note')}</p>
    </>
  );
}

/** A table of items, what they are and where each comes from: the settings' and the profiles' layout. */
function SourcedTable({
  testId,
  heads,
  children,
}: {
  testId: string;
  heads: [string, string, string];
  children: ReactNode;
}) {
  return (
    <table className="report-table report-hourly-settings" data-testid={testId}>
      <colgroup>
        <col className="report-col-item" />
        <col />
        <col className="report-col-source" />
      </colgroup>
      <thead>
        <tr>
          {heads.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
