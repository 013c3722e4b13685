import { Button, Menu, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconSchool, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FUNDINGS, STUDENT_STATUSES, STUDY_FORMS } from '../../../../shared/modules/students/students.vocabulary.ts';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { toQueryString } from '../../../lib/api-client.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { CreateStudentModal } from '../components/create-student-modal.tsx';
import { STUDENT_FILTER_KEYS, StudentsFilters } from '../components/students-filters.tsx';
import { StudentsTable } from '../components/students-table.tsx';
import { useStudents } from '../hooks/use-students.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';

const PAGE_SIZE = 50;
const or = (value: string) => (value === '' ? undefined : value);

/** Students in the reader's scope: search, filters kept in the address, paging, a new card. */
export function StudentsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [creating, createModal] = useDisclosure(false);
  const [filters, setFilters, page] = useUrlState(STUDENT_FILTER_KEYS);
  const course = Number(filters.course);
  const search = {
    q: or(filters.q),
    unitId: or(filters.unit),
    groupId: or(filters.group),
    programId: or(filters.program),
    course: filters.course !== '' && Number.isInteger(course) ? course : undefined,
    studyForm: isOneOf(STUDY_FORMS, filters.form) ? filters.form : undefined,
    funding: isOneOf(FUNDINGS, filters.funding) ? filters.funding : undefined,
    status: isOneOf([...STUDENT_STATUSES, 'notEnrolled'] as const, filters.status) ? filters.status : undefined,
  };
  const query = useStudents({ ...search, page, pageSize: PAGE_SIZE });
  // the export takes the list's filters (every page, in the reader's scope)
  const exportHref = (format: 'xlsx' | 'csv') => `/api/students/export.${format}${toQueryString(search)}`;
  const filtered = STUDENT_FILTER_KEYS.some((key) => filters[key] !== '');

  return (
    <Stack gap="md">
      <PageHeader
        testId="students-heading"
        title={t('students:students.title')}
        description={t('students:students.description')}
        actions={
          <>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} data-testid="export-students">
                  {t('students-import:export.label')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component="a" href={exportHref('xlsx')} download data-testid="export-students-xlsx">
                  {t('students-import:export.xlsx')}
                </Menu.Item>
                <Menu.Item component="a" href={exportHref('csv')} download data-testid="export-students-csv">
                  {t('students-import:export.csv')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            {hasAbility(me, 'students.student.manage') && (
              <>
                <Button component={Link} to="/students/import" variant="default" leftSection={<IconFileImport size={16} aria-hidden />} data-testid="open-import">
                  {t('students-import:open')}
                </Button>
                <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={createModal.open} data-testid="create-student">
                  {t('students:students.create')}
                </Button>
              </>
            )}
          </>
        }
      />
      <StudentsFilters values={filters} onChange={setFilters} withStructure={hasAbility(me, 'students.structure.read')} />
      <PagedList query={query} page={page} pageSize={PAGE_SIZE} onPage={(next) => setFilters({ page: String(next) })} empty={{ icon: <IconSchool size={28} aria-hidden />, title: t('students:students.empty'), description: filtered ? t('common:filter.emptyHint') : t('students:students.emptyHint') }}>
        {(items) => <StudentsTable students={items} />}
      </PagedList>
      <CreateStudentModal opened={creating} onClose={createModal.close} />
    </Stack>
  );
}
