import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { EraseMyAccountProps } from './erase-my-account';
import { EraseMyAccount } from './erase-my-account';
import { ExportMyData } from './export-my-data';

/** "Mina data" on the profile page: a person's own data, to download, and the account, to erase. */
export function MyDataSection(props: EraseMyAccountProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="my-data">
      <h2 id={headingId}>{t('myData.title')}</h2>
      <p>{t('myData.intro')}</p>
      <ExportMyData />
      <EraseMyAccount {...props} />
    </section>
  );
}
