import { Button, EmptyState, Stack, Switch } from '@mantine/core';
import { IconBuilding, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDto } from '../../../../shared/modules/org/org.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { PagedFooter } from '../../../components/ui/paged-footer.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { closeUnit, listTreeGroups, listTreePrograms } from '../api/units-api.ts';
import { FacultyNode, type DepartmentContent, type TreeActions } from '../components/structure-tree.tsx';
import { UnitModal } from '../components/unit-modal.tsx';
import { useUnits, useUnitsChanged, useUnitsLang } from '../hooks/use-units.ts';

const PAGE_SIZE = 100;

type Editing = { unit?: UnitDto; initial?: { kind: 'faculty' | 'department'; parentId: string | null } } | null;

function useTreeContent(enabled: boolean) {
  const programs = useQuery({ queryKey: ['programs'], queryFn: listTreePrograms, staleTime: 60_000, enabled });
  const groups = useQuery({ queryKey: ['groups'], queryFn: listTreeGroups, staleTime: 30_000, enabled });
  return useMemo(() => {
    const empty: DepartmentContent = { programs: [], groups: [] };
    return (departmentId: string): DepartmentContent =>
      programs.data || groups.data
        ? { programs: (programs.data ?? []).filter((p) => p.departmentId === departmentId), groups: (groups.data ?? []).filter((g) => g.departmentId === departmentId) }
        : empty;
  }, [programs.data, groups.data]);
}

/** The academic structure as a tree: university → faculties → departments → programs and groups; edited by who owns it. */
export function StructurePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const lang = useUnitsLang();
  const canManage = hasAbility(me, 'org.unit.manage');
  const units = useUnits();
  const contentOf = useTreeContent(hasAbility(me, 'students.structure.read'));
  const changed = useUnitsChanged();
  const [showClosed, setShowClosed] = useState(true);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [closing, setClosing] = useState<UnitDto | null>(null);
  const close = useMutation({
    mutationFn: (unit: UnitDto) => closeUnit(unit.id),
    onSuccess: () => {
      changed();
      setClosing(null);
    },
  });
  const all = units.data ?? [];
  const university = all.find((unit) => unit.kind === 'university') ?? null;
  const visible = all.filter((unit) => showClosed || !unit.isClosed).sort((a, b) => a.code.localeCompare(b.code));
  const faculties = visible.filter((unit) => unit.kind === 'faculty');
  const actions: TreeActions = {
    canManage,
    onEdit: (unit) => setEditing({ unit }),
    onClose: (unit) => {
      close.reset();
      setClosing(unit);
    },
    onAddDepartment: (faculty) => setEditing({ initial: { kind: 'department', parentId: faculty.id } }),
  };

  return (
    <Stack gap="md">
      <PageHeader
        testId="structure-heading"
        title={university ? university.name[lang] : t('org:structure.title')}
        description={t('org:structure.description')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ initial: { kind: 'faculty', parentId: university?.id ?? null } })} data-testid="create-unit">
              {t('org:unit.create')}
            </Button>
          )
        }
      />
      <Switch label={t('org:structure.showClosed')} checked={showClosed} onChange={(event) => setShowClosed(event.currentTarget.checked)} />
      {units.isPending ? (
        <LoadingState />
      ) : units.error ? (
        <QueryError error={units.error} />
      ) : faculties.length === 0 ? (
        <EmptyState icon={<IconBuilding size={28} aria-hidden />} title={t('org:structure.empty')} description={t('org:structure.emptyHint')} />
      ) : (
        <>
          {faculties.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((faculty) => (
            <FacultyNode key={faculty.id} faculty={faculty} departments={visible.filter((u) => u.kind === 'department' && u.parentId === faculty.id)} lang={lang} contentOf={contentOf} actions={actions} />
          ))}
          {faculties.length > PAGE_SIZE && <PagedFooter page={page} pageSize={PAGE_SIZE} total={faculties.length} onPage={setPage} />}
        </>
      )}
      {editing && <UnitModal unit={editing.unit} initial={editing.initial} universityId={university?.id ?? null} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={closing !== null}
        title={t('org:close.title', { name: closing?.name[lang] ?? '' })}
        confirmLabel={t('org:close.confirm')}
        danger
        loading={close.isPending}
        error={close.error}
        onConfirm={() => closing && close.mutate(closing)}
        onClose={() => setClosing(null)}
      >
        {t('org:close.consequences')}
      </ConfirmModal>
    </Stack>
  );
}
