import { ActionIcon, Badge, Box, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OfferingDto, SectionDto } from '../../../../shared/modules/registration/registration.offerings.contracts.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';

export interface OfferingActions {
  onAdd: (offering: OfferingDto) => void;
  onEdit: (offering: OfferingDto, section: SectionDto) => void;
  onCancel: (offering: OfferingDto, section: SectionDto) => void;
}

/** "Лекция 1", "Практика 2" */
export const useSectionLabel = () => {
  const { t } = useTranslation();
  return (s: Pick<SectionDto, 'kind' | 'number'>) => t('registration:offerings.sectionName', { kind: t(`registration:sectionKind.${s.kind}`), number: s.number });
};

/** One section: its name, teacher, seats taken of capacity (a bar), minimum; edit and cancel for who may. */
function SectionLine({ offering, section: s, actions }: { offering: OfferingDto; section: SectionDto; actions: OfferingActions }) {
  const { t } = useTranslation();
  const label = useSectionLabel()(s);
  const cancelled = s.status === 'cancelled';
  const share = s.capacity > 0 ? Math.min(100, (s.taken / s.capacity) * 100) : 0;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="section-line" data-status={s.status} align="center">
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={500} td={cancelled ? 'line-through' : undefined}>
            {label}
          </Text>
          <Text size="xs" c={s.teacherName ? undefined : 'dimmed'}>
            {s.teacherName ?? t('registration:offerings.noTeacher')}
          </Text>
          {cancelled && (
            <Badge size="xs" color="gray" variant="light" tt="none">
              {t('registration:offerings.cancelled')}
            </Badge>
          )}
        </Group>
        <Group gap={6} wrap="nowrap">
          <Progress value={share} size="sm" style={{ flex: 1, minWidth: 60 }} color={s.seatsLeft === 0 && !cancelled ? 'red' : 'blue'} aria-label={t('registration:offerings.seats', { taken: s.taken, capacity: s.capacity })} />
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="section-seats">
            {t('registration:offerings.seats', { taken: s.taken, capacity: s.capacity })} · {t('registration:offerings.min', { min: s.minSize })}
          </Text>
        </Group>
      </Stack>
      {offering.canManage && !cancelled && (
        <Group gap={2} wrap="nowrap">
          <Tooltip label={t('registration:offerings.edit', { name: label })}>
            <ActionIcon variant="subtle" aria-label={t('registration:offerings.edit', { name: label })} onClick={() => actions.onEdit(offering, s)} data-testid="section-edit">
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('registration:offerings.cancel', { name: label })}>
            <ActionIcon variant="subtle" color="red" aria-label={t('registration:offerings.cancel', { name: label })} onClick={() => actions.onCancel(offering, s)} disabled={s.taken > 0} data-testid="section-cancel">
              <IconX size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      )}
    </Group>
  );
}

function Sections({ offering, actions }: { offering: OfferingDto; actions: OfferingActions }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      {offering.sections.map((s) => (
        <SectionLine key={s.id} offering={offering} section={s} actions={actions} />
      ))}
      {offering.canManage && offering.status === 'open' && (
        <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => actions.onAdd(offering)} style={{ alignSelf: 'flex-start' }} data-testid="section-add">
          {t('registration:offerings.add')}
        </Button>
      )}
    </Stack>
  );
}

function Facts({ offering: o }: { offering: OfferingDto }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <Badge size="xs" variant="outline" tt="none">
        {LANGUAGE_NAMES[o.language]}
      </Badge>
      {o.isElective && (
        <Badge size="xs" variant="light" color="grape" tt="none">
          {t('registration:offerings.elective')}
        </Badge>
      )}
      {o.status === 'cancelled' && (
        <Badge size="xs" variant="light" color="gray" tt="none">
          {t('registration:offerings.cancelled')}
        </Badge>
      )}
      <Text size="xs" c="dimmed">
        {t('registration:offerings.expected', { count: o.expectedStudents })}
      </Text>
    </Group>
  );
}

/** Offerings with their sections: a table on wider screens, cards on phones. */
export function OfferingsList({ offerings, actions }: { offerings: OfferingDto[]; actions: OfferingActions }) {
  const { t } = useTranslation();
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing={8} fz="sm" data-testid="offerings-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registration:offerings.discipline')}</Table.Th>
                <Table.Th>{t('registration:offerings.department')}</Table.Th>
                <Table.Th w="45%">{t('registration:offerings.sections')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {offerings.map((o) => (
                <Table.Tr key={o.id} data-testid="offering-row" style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Stack gap={4}>
                      <Text size="sm" fw={600}>
                        {o.disciplineCode} · {o.disciplineName}
                      </Text>
                      <Facts offering={o} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>{o.departmentName}</Table.Td>
                  <Table.Td>
                    <Sections offering={o} actions={actions} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <SimpleGrid hiddenFrom="sm" cols={1} spacing="xs" data-testid="offering-cards">
        {offerings.map((o) => (
          <Card key={o.id} withBorder padding="sm" data-testid="offering-card">
            <Stack gap={6}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {o.disciplineCode} · {o.disciplineName}
              </Text>
              <Facts offering={o} />
              <Text size="xs" c="dimmed">
                {o.departmentName}
              </Text>
              <Sections offering={o} actions={actions} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
