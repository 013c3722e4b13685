import { Button, EmptyState, Stack } from '@mantine/core';
import { IconDownload, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { PagedFooter } from '../../../components/ui/paged-footer.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { zonedDayStart } from '../../../lib/format.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { auditExportUrl, type AuditFilters as AuditQueryFilters } from '../api/audit-api.ts';
import { AUDIT_FILTER_KEYS, AuditFilters, type AuditFilterValues } from '../components/audit-filters.tsx';
import { AuditTable } from '../components/audit-table.tsx';
import { useAudit } from '../hooks/use-audit.ts';

const PAGE_SIZE = 50;

/** Calendar days of the university's zone as the API's instants: from the first day's start to the last day's end. */
function toQuery(values: AuditFilterValues, timeZone: string): AuditQueryFilters {
  const from = values.from ? zonedDayStart(values.from, timeZone) : null;
  const nextDay = values.to ? zonedDayStart(values.to, timeZone, 1) : null;
  return {
    actor: values.actor || undefined,
    action: values.action || undefined,
    entityType: values.entityType || undefined,
    entityId: values.entityId || undefined,
    from: from ?? undefined,
    to: nextDay ? new Date(Date.parse(nextDay) - 1).toISOString() : undefined,
  };
}

/** The audit log: who did what, when, from where, to which record, with before and after. */
export function AuditPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const format = useFormat();
  const [values, setValues, page] = useUrlState(AUDIT_FILTER_KEYS);
  const filters = toQuery(values, format.timeZone);
  const query = useAudit(filters, page, PAGE_SIZE);
  const filtered = Object.values(values).some((value) => value !== '');

  return (
    <Stack gap="md">
      <PageHeader
        title={t('admin:audit.title')}
        description={t('admin:audit.description', { timeZone: format.timeZone })}
        actions={
          hasAbility(me, 'admin.audit.export') && (
            <Button
              component="a"
              href={auditExportUrl(filters)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              data-testid="audit-export"
            >
              {t('admin:audit.export')}
            </Button>
          )
        }
      />
      <AuditFilters key={AUDIT_FILTER_KEYS.map((key) => values[key]).join('|')} values={values} onApply={(next) => setValues(next)} />
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          icon={<IconListDetails size={28} aria-hidden />}
          title={t('admin:audit.empty')}
          description={filtered ? t('common:filter.emptyHint') : undefined}
        />
      ) : (
        <>
          <AuditTable entries={query.data.items} />
          <PagedFooter page={page} pageSize={PAGE_SIZE} total={query.data.total} onPage={(next) => setValues({ page: String(next) })} />
        </>
      )}
    </Stack>
  );
}
