import {
  ISSUE_CODES,
  type EchoedList,
  type IssueBody,
  type ParamKind,
  type WorkbookPart,
} from '../../shared/model/issue-codes';

/**
 * The one place issues become words: the engine's, the model's and the
 * importers' `{ code, params }` in the language of `t`, from the `issues`
 * namespace (locales/<lang>/issues.json). Each parameter is shown as its kind
 * says; a parameter named `count` also chooses the plural form. The CLI words
 * issues in English with this function too.
 */

/** Any i18next `t` (of any namespace: the texts are looked up in `issues`). */
export type AnyT = (key: never, options?: never) => unknown;
type Translate = (key: string, options?: Record<string, unknown>) => string;

const MB = 1024 * 1024;
/** Scenarios of a derivation chain named in full; a longer one shows its first and last. */
const CHAIN_SHOWN = 8;
const grouped = (n: number) => n.toLocaleString('en-US');

/** Rounded for reading, unless rounding would make it the limit it breaks (or overflow). */
function measured(v: number, limit: unknown): string {
  const r = Math.round(v * 1000) / 1000;
  return r === limit || !Number.isFinite(r) ? v.toPrecision(3) : String(r);
}

function shown(kind: ParamKind, value: unknown, params: Record<string, unknown>, t: Translate): string {
  const term = (group: string, key: string, options: Record<string, unknown> = {}) =>
    t(`terms.${group}.${key}`, { ns: 'issues', defaultValue: key, ...options });
  switch (kind) {
    case 'num':
      return String(value);
    case 'count':
      return grouped(value as number);
    case 'measured':
      return measured(value as number, params.limit);
    case 'mb':
      return `${((value as number) / MB).toFixed(1)} MB`;
    case 'size':
      return `${((value as number) / MB).toFixed((value as number) < 10 * MB ? 1 : 0)} MB`;
    case 'kb':
      return `${grouped((value as number) / 1024)} KB`;
    case 'text':
      return String(value);
    case 'names': {
      const { items, more } = value as EchoedList;
      const list = items.map((s) => `'${s}'`).join(t('terms.listSeparator', { ns: 'issues' }));
      return more > 0 ? t('terms.andMore', { ns: 'issues', items: list, count: more }) : list;
    }
    case 'words':
      return (value as readonly string[]).join(t('terms.listSeparator', { ns: 'issues' }));
    case 'values':
      return (value as readonly unknown[])
        .map((v) => JSON.stringify(v))
        .join(t('terms.listSeparator', { ns: 'issues' }));
    case 'chain': {
      // A cycle through a few thousand scenarios is still one sentence: its ends say where to look.
      const chain = value as readonly string[];
      const shownIds =
        chain.length <= CHAIN_SHOWN + 1
          ? chain
          : [
              ...chain.slice(0, CHAIN_SHOWN - 2),
              t('terms.chainOmitted', { ns: 'issues', count: chain.length - CHAIN_SHOWN }),
              ...chain.slice(-2),
            ];
      return shownIds.join(t('terms.chainArrow', { ns: 'issues' }));
    }
    case 'issue':
      return issueText(value as IssueBody, t as unknown as AnyT);
    case 'xmlReason': {
      const { reason, detail } = value as { reason: string; detail: string };
      return term('xmlReason', reason, { detail, defaultValue: detail });
    }
    case 'part': {
      const { path, sheet } = value as WorkbookPart;
      return sheet === null
        ? t('terms.part', { ns: 'issues', path })
        : t('terms.sheetPart', { ns: 'issues', sheet, path });
    }
    default:
      // a word of the app's vocabulary (a bound, a type, a ledger column …)
      return term(kind, String(value));
  }
}

/** An issue (or the reason inside one) in the language of `t`. */
export function issueText(issue: IssueBody, t: AnyT): string {
  const translate = t as unknown as Translate;
  const kinds: Record<string, ParamKind> = ISSUE_CODES[issue.code] ?? {};
  const params = issue.params as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(kinds)) values[name] = shown(kind, params[name], params, translate);
  // i18next picks the plural form from a number
  if (typeof params.count === 'number') values.count = params.count;
  const text = translate(issue.code, {
    ns: 'issues',
    ...values,
    defaultValue: issue.code,
    interpolation: { escapeValue: false },
  });
  // an optional part left empty (a bound without a unit) leaves no trailing space
  return text.trim();
}

/** Issues as lines for a field, without repeats. */
export function issueTexts(issues: readonly IssueBody[], t: AnyT): string[] {
  return [...new Set(issues.map((i) => issueText(i, t)))];
}
