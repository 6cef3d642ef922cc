import i18next from 'i18next';
import { expect, it } from 'vitest';

// The @ts-expect-error lines are the test: `npx tsc -b` fails if a call
// typechecks, that is if keys were no longer typed from the Chinese files
// (renderer/i18n/resources.d.ts).
it('a key the Chinese files lack does not typecheck', () => {
  const t = i18next.getFixedT('zh', 'editor');
  // @ts-expect-error: there is no such key in zh/editor.json
  expect(t('page.noSuchKey')).toBe('page.noSuchKey');
  // @ts-expect-error: a default value does not make an unknown key acceptable
  expect(t('page.noSuchKey', '默认')).toBe('默认');
  expect(t('page.copy')).toBe('复制并编辑');
});
