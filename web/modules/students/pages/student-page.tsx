import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconEdit, IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StudentDto } from '../../../../shared/modules/students/students.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { canSeeStudents, hasAbility } from '../../../lib/abilities.ts';
import { fullName } from '../../../lib/format.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { PaymentsPanel } from '../../finance/index.ts';
import { HoldsPanel } from '../../registration/index.ts';
import { EditStudentModal } from '../components/edit-student-modal.tsx';
import { ReportPdfButton } from '../components/report-pdf-button.tsx';
import { studentCardPdfUrl } from '../components/report-query.ts';
import { StudentCardSections } from '../components/student-card-sections.tsx';
import { StudentHistory } from '../components/student-history.tsx';
import { StudentParents } from '../components/student-parents.tsx';
import { StudentPhoto } from '../components/student-photo.tsx';
import { StudentStanding } from '../components/student-standing.tsx';
import { useStudent } from '../hooks/use-students.ts';

/** Warnings of the card that do not refuse anything (a PIN that disagrees with the birth date, say). */
export function StudentWarnings({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('students:card.warnings')} data-testid="student-warnings">
      <List size="sm">
        {warnings.map((warning) => (
          <List.Item key={warning}>{t(`students:warning.${warning}`, { defaultValue: warning })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function StudentView({ student }: { student: StudentDto }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [editing, setEditing] = useState(false);
  const canReadPersonal = hasAbility(me, 'students.student.readPersonal');
  const linkGroup = hasAbility(me, 'students.structure.read');
  const linkOrder = hasAbility(me, 'students.order.read');
  return (
    <Stack gap="md">
      <PageHeader
        testId="student-heading"
        title={fullName(student)}
        description={
          <Text span size="sm">
            {t('common:person.username')}: {student.username}
          </Text>
        }
        actions={
          <>
            <ReportPdfButton href={studentCardPdfUrl(student.id)} testId="student-card-pdf" />
            {hasAbility(me, 'students.student.manage') && (
              <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setEditing(true)} data-testid="edit-student">
                {t('students:card.edit')}
              </Button>
            )}
            {hasAbility(me, 'students.order.create') && (
              <Button
                component={Link}
                to={`/orders/new?student=${student.id}`}
                leftSection={<IconFilePlus size={16} aria-hidden />}
                data-testid="draft-order-for-student"
              >
                {t('students:card.draftOrder')}
              </Button>
            )}
          </>
        }
      />
      <StudentWarnings warnings={student.warnings} />
      <StudentPhoto studentId={student.id} initials={`${student.lastName.slice(0, 1)}${student.firstName.slice(0, 1)}`} canUpload={hasAbility(me, 'students.student.manage')} csrfToken={me.csrfToken} />
      <StudentStanding student={student} linkGroup={linkGroup} linkOrder={linkOrder} />
      {hasAbility(me, 'registration.hold.read') && <HoldsPanel studentId={student.id} />}
      {hasAbility(me, 'finance.payment.read') && <PaymentsPanel studentId={student.id} />}
      <StudentCardSections student={student} canReadPersonal={canReadPersonal} />
      <StudentParents studentId={student.id} canManage={hasAbility(me, 'students.student.manage')} />
      <StudentHistory history={student.history} linkGroup={linkGroup} linkOrder={linkOrder} />
      {editing && <EditStudentModal student={student} withDocuments={canReadPersonal} opened onClose={() => setEditing(false)} />}
    </Stack>
  );
}

/** One student's card: data, standing today, the full history of orders. */
export function StudentPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { id } = useParams();
  const query = useStudent(id);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={canSeeStudents(me) ? '/students' : '/'} size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t(canSeeStudents(me) ? 'students:students.backToList' : 'common:forbidden.toHome')}
      </Anchor>
      {query.isPending ? <LoadingState /> : query.error ? <QueryError error={query.error} /> : <StudentView student={query.data} />}
    </Stack>
  );
}
