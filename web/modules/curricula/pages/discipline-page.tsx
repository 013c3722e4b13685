import { Anchor, Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ROLE_DEFINITIONS } from '../../../../shared/access/permissions.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { rolesOf } from '../../../lib/abilities.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { DisciplineDetails } from '../components/discipline-details.tsx';
import { DisciplineFormModal } from '../components/discipline-form-modal.tsx';
import { SyllabusPanel } from '../components/syllabus-panel.tsx';
import { inLang, useDiscipline, useReaderLang } from '../hooks/use-curricula.ts';

/**
 * One discipline of the catalog, in the reader's language; its department changes it.
 * Below the details: its syllabi (УМКД) by academic year, uploaded by the department until the deadline.
 */
export function DisciplinePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const lang = useReaderLang();
  // staff come from the catalog, students from the catalog of electives
  const isStaff = rolesOf(useSignedInMe()).some((role) => ROLE_DEFINITIONS[role].isFullUser);
  const [editing, editModal] = useDisclosure(false);
  const query = useDiscipline(id);
  if (query.isPending) return <LoadingState />;
  if (query.error) return <QueryError error={query.error} />;
  const discipline = query.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={isStaff ? '/curricula/disciplines' : '/curricula/electives'} size="sm">
        {t(isStaff ? 'curricula:discipline.toCatalog' : 'curricula:discipline.toElectives')}
      </Anchor>
      <PageHeader
        testId="discipline-heading"
        title={inLang(discipline.name, lang)}
        description={`${discipline.code} · ${discipline.departmentName}`}
        actions={
          discipline.canManage && (
            <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={editModal.open} data-testid="edit-discipline">
              {t('curricula:discipline.edit')}
            </Button>
          )
        }
      />
      <DisciplineDetails discipline={discipline} />
      <SyllabusPanel disciplineId={discipline.id} canManage={discipline.canManage} />
      {discipline.canManage && editing && <DisciplineFormModal opened onClose={editModal.close} discipline={discipline} />}
    </Stack>
  );
}
