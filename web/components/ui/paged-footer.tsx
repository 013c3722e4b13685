import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PagedFooterProps {
  page: number;
  pageSize: number;
  total: number;
  /** the server stopped counting at `total`: there are more */
  totalCapped?: boolean;
  onPage: (page: number) => void;
}

/** "1–50 of 312" and the pages, under every paged list. */
export function PagedFooter({ page, pageSize, total, totalCapped = false, onPage }: PagedFooterProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t(totalCapped ? 'common:paging.rangeCapped' : 'common:paging.range', { from, to, total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onPage}
          size="sm"
          getControlProps={(control) => ({ 'aria-label': t(`common:paging.${control}`) })}
          getItemProps={(item) => ({ 'aria-label': t('common:paging.page', { page: item }) })}
        />
      )}
    </Group>
  );
}
