import { Box, Button, Card, EmptyState, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconEdit, IconPlus, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceDto, PriceListDto } from '../../../../shared/modules/finance/finance.contracts.ts';
import { academicYearLabel } from '../../../../shared/modules/finance/rules/academic-year.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { listPrices, pricesQueryKey } from '../api/finance-api.ts';
import { PriceModal } from '../components/price-modal.tsx';

type Edit = (price: PriceDto) => void;

function EditButton({ price, onEdit }: { price: PriceDto; onEdit: Edit }) {
  const { t } = useTranslation();
  return (
    <Button size="xs" variant="default" leftSection={<IconEdit size={14} aria-hidden />} aria-label={t('finance:prices.editNamed', { program: price.programCode, form: t(`students:studyForm.${price.studyForm}`) })} onClick={() => onEdit(price)} data-testid="edit-price">
      {t('finance:prices.edit')}
    </Button>
  );
}

/** The prices as a table on wider screens, as cards on phones. */
function PricesList({ list, onEdit }: { list: PriceListDto; onEdit: Edit | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = (p: PriceDto) => p.programName[format.lang] || p.programName.ru;
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="prices-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance:prices.program')}</Table.Th>
                <Table.Th>{t('finance:prices.studyForm')}</Table.Th>
                <Table.Th ta="right">{t('finance:prices.pricePerCredit')}</Table.Th>
                <Table.Th>{t('finance:prices.updatedAt')}</Table.Th>
                {onEdit && <Table.Th>{t('common:action.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((p) => (
                <Table.Tr key={p.id} data-testid="price-row">
                  <Table.Td>
                    {p.programCode} — {name(p)}
                  </Table.Td>
                  <Table.Td>{t(`students:studyForm.${p.studyForm}`)}</Table.Td>
                  <Table.Td ta="right">{format.number(p.pricePerCredit)}</Table.Td>
                  <Table.Td>{format.date(p.updatedAt)}</Table.Td>
                  {onEdit && (
                    <Table.Td>
                      <EditButton price={p} onEdit={onEdit} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <SimpleGrid hiddenFrom="sm" cols={1} spacing="xs" data-testid="price-cards">
        {list.items.map((p) => (
          <Card key={p.id} withBorder padding="sm" data-testid="price-card">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {p.programCode} — {name(p)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`students:studyForm.${p.studyForm}`)}
                </Text>
                <Text size="sm">{t('finance:prices.perCredit', { amount: format.number(p.pricePerCredit) })}</Text>
              </Stack>
              {onEdit && <EditButton price={p} onEdit={onEdit} />}
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}

/** The price list (прейскурант) of one academic year: read by the offices, kept by the cash desk. */
export function PricesPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const query = useQuery({ queryKey: pricesQueryKey(year), queryFn: () => listPrices(year) });
  const [editing, setEditing] = useState<PriceDto | 'new' | null>(null);
  const list = query.data;
  return (
    <Stack gap="md">
      <PageHeader
        testId="prices-heading"
        title={t('finance:prices.title')}
        description={t('finance:prices.description')}
        actions={
          list?.canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')} data-testid="add-price">
              {t('finance:prices.add')}
            </Button>
          )
        }
      />
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : (
        <Stack gap="sm">
          <Select
            label={t('finance:prices.year')}
            w={180}
            allowDeselect={false}
            data={query.data.years.map((y) => ({ value: String(y), label: academicYearLabel(y) }))}
            value={String(query.data.academicYear)}
            onChange={(value) => value && setYear(Number(value))}
            data-testid="prices-year"
          />
          {query.data.items.length === 0 ? (
            <EmptyState
              icon={<IconReceipt size={24} aria-hidden />}
              title={t('finance:prices.empty', { year: academicYearLabel(query.data.academicYear) })}
              description={t(query.data.canManage ? 'finance:prices.emptyHint' : 'finance:prices.emptyHintReader')}
            />
          ) : (
            <PricesList list={query.data} onEdit={query.data.canManage ? (price) => setEditing(price) : null} />
          )}
        </Stack>
      )}
      {editing && list && <PriceModal list={list} editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
