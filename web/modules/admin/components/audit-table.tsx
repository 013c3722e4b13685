import { ActionIcon, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '../../../../shared/modules/admin/admin.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { AuditDiff } from './audit-diff.tsx';

/** Audit entries, newest first as the API sends them; a row opens to its before/after. */
export function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing={4} fz="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>{t('admin:audit.changes')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('admin:audit.at')}</Table.Th>
            <Table.Th>{t('admin:audit.actor')}</Table.Th>
            <Table.Th>{t('admin:audit.ip')}</Table.Th>
            <Table.Th>{t('admin:audit.action')}</Table.Th>
            <Table.Th>{t('admin:audit.entity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.id);
            const detailsId = `audit-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <Table.Tr data-testid="audit-row">
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      onClick={() => toggle(entry.id)}
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      aria-label={t(expanded ? 'admin:audit.hideChanges' : 'admin:audit.showChanges')}
                    >
                      {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>{entry.actorUsername ?? t('admin:audit.system')}</Table.Td>
                  <Table.Td>{entry.ip ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text span ff="monospace" size="xs">
                      {entry.action}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text span size="xs">
                      {entry.entityType}
                    </Text>
                    {entry.entityId && (
                      <Text span size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {' '}
                        {entry.entityId}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={6} bg="var(--mantine-color-gray-0)">
                      <AuditDiff before={entry.before} after={entry.after} />
                      {entry.requestId && (
                        <Text size="xs" c="dimmed" mt={4}>
                          {t('common:error.requestId', { id: entry.requestId })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
