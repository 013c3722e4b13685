import { Code, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function show(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The fields of a record before and after an action, changed ones marked. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  if (before == null && after == null) {
    return (
      <Text size="sm" c="dimmed">
        {t('admin:audit.noData')}
      </Text>
    );
  }
  if ((before == null || isObject(before)) && (after == null || isObject(after))) {
    const left: Json = before ?? {};
    const right: Json = after ?? {};
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
    return (
      <Table fz="xs" verticalSpacing={2} withTableBorder withColumnBorders data-testid="audit-diff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin:audit.field')}</Table.Th>
            <Table.Th>{t('admin:audit.before')}</Table.Th>
            <Table.Th>{t('admin:audit.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => {
            const changed = show(left[key]) !== show(right[key]);
            return (
              <Table.Tr key={key} bg={changed ? 'var(--mantine-color-yellow-light)' : undefined} data-changed={changed || undefined}>
                <Table.Td fw={changed ? 600 : undefined}>
                  {key}
                  {changed && <VisuallyHidden> ({t('admin:audit.changed')})</VisuallyHidden>}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }} c={changed ? undefined : 'dimmed'}>
                  {show(before == null ? undefined : left[key])}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }} c={changed ? undefined : 'dimmed'}>
                  {show(after == null ? undefined : right[key])}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="audit-diff">
      {[
        { label: t('admin:audit.before'), value: before },
        { label: t('admin:audit.after'), value: after },
      ].map((side) => (
        <Stack gap={2} key={side.label}>
          <Text size="xs" fw={600}>
            {side.label}
          </Text>
          <Code block>{side.value == null ? '—' : JSON.stringify(side.value, null, 2)}</Code>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
