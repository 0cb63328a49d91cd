import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { SdgTileList } from '../../../components/sdg-tile';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useSdgs } from '../api/get-sdgs';

/** The 17 goals of Agenda 2030 as tiles in their colours, named in the reader's language where the API has it. */
export function SdgList() {
  const { t, language } = useI18n();
  const sdgs = useSdgs();

  if (sdgs.isPending) return <LoadingMessage />;
  if (sdgs.isError) return <ErrorMessage error={sdgs.error} onRetry={() => void sdgs.refetch()} />;
  if (sdgs.data.length === 0) return <p>{t('sdgs.empty')}</p>;

  return (
    <SdgTileList
      size="large"
      goals={sdgs.data.map((sdg) => {
        const name = pickLocalized(sdg.name, language);
        return {
          number: sdg.number,
          name: name?.text ?? '—',
          nameLanguage: name && name.language !== language ? name.language : undefined,
        };
      })}
    />
  );
}
