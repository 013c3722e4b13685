import { ActionIcon, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconLock, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lang } from '../../../../shared/i18n/languages.ts';
import type { UnitDto } from '../../../../shared/modules/org/org.contracts.ts';
import type { GroupDto, ProgramDto } from '../../../../shared/modules/students/students.contracts.ts';

/** What the tree shows below a department. */
export interface DepartmentContent {
  programs: ProgramDto[];
  groups: GroupDto[];
}

export interface TreeActions {
  canManage: boolean;
  onEdit: (unit: UnitDto) => void;
  onClose: (unit: UnitDto) => void;
  onAddDepartment: (faculty: UnitDto) => void;
}

function UnitTitle({ unit, lang, order }: { unit: UnitDto; lang: Lang; order: 3 | 4 }) {
  const { t } = useTranslation();
  const kind = unit.kind === 'faculty' ? t(`org:subtype.${unit.subtype ?? 'faculty'}`) : t('org:kind.department');
  return (
    <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
      <Title order={order} size={order === 3 ? 'h5' : 'h6'} c={unit.isClosed ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
        {unit.name[lang]}
      </Title>
      <Text size="xs" c="dimmed">
        {kind} · {unit.code}
      </Text>
      {unit.isClosed && (
        <Badge color="gray" variant="light" size="sm" data-testid="unit-closed">
          {t('org:unit.closed')}
        </Badge>
      )}
    </Group>
  );
}

function UnitButtons({ unit, lang, actions }: { unit: UnitDto; lang: Lang; actions: TreeActions }) {
  const { t } = useTranslation();
  if (!actions.canManage || unit.isClosed) return null;
  const name = unit.name[lang];
  return (
    <Group gap={4} wrap="nowrap">
      {unit.kind === 'faculty' && (
        <ActionIcon variant="subtle" size="lg" aria-label={t('org:unit.addDepartmentTo', { name })} onClick={() => actions.onAddDepartment(unit)} data-testid="add-department">
          <IconPlus size={18} aria-hidden />
        </ActionIcon>
      )}
      <ActionIcon variant="subtle" size="lg" aria-label={t('org:unit.editNamed', { name })} onClick={() => actions.onEdit(unit)} data-testid="edit-unit">
        <IconEdit size={18} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('org:unit.closeNamed', { name })} onClick={() => actions.onClose(unit)} data-testid="close-unit">
        <IconLock size={18} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

function DepartmentNode({ unit, lang, content, actions }: { unit: UnitDto; lang: Lang; content: DepartmentContent; actions: TreeActions }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} pl="sm" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }} data-testid="department-node">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <UnitTitle unit={unit} lang={lang} order={4} />
        <UnitButtons unit={unit} lang={lang} actions={actions} />
      </Group>
      {content.programs.length === 0 && content.groups.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('org:tree.noPrograms')}
        </Text>
      ) : (
        content.programs.map((program) => (
          <Text key={program.id} size="sm" component="div">
            <Anchor component={Link} to={`/programs?q=${encodeURIComponent(program.code)}`} size="sm">
              {program.code}
            </Anchor>{' '}
            {({ ru: program.nameRu, ky: program.nameKy, en: program.nameEn } as const)[lang]}
            <Group gap={6} mt={2} wrap="wrap">
              {content.groups
                .filter((group) => group.programId === program.id)
                .map((group) => (
                  <Anchor key={group.id} component={Link} to={`/groups/${group.id}`} size="xs">
                    {group.code}
                  </Anchor>
                ))}
            </Group>
          </Text>
        ))
      )}
    </Stack>
  );
}

/** One faculty (institute, college) with its departments, their programs and groups. */
export function FacultyNode(props: { faculty: UnitDto; departments: UnitDto[]; lang: Lang; contentOf: (departmentId: string) => DepartmentContent; actions: TreeActions }) {
  const { t } = useTranslation();
  const { faculty, departments, lang, actions } = props;
  return (
    <Card withBorder padding="sm" component="section" data-testid="faculty-node">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <UnitTitle unit={faculty} lang={lang} order={3} />
          <UnitButtons unit={faculty} lang={lang} actions={actions} />
        </Group>
        {departments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('org:tree.noDepartments')}
          </Text>
        ) : (
          departments.map((department) => <DepartmentNode key={department.id} unit={department} lang={lang} content={props.contentOf(department.id)} actions={actions} />)
        )}
      </Stack>
    </Card>
  );
}
