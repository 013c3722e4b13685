import { Anchor, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { canSeePeople } from '../../../lib/abilities.ts';
import { fullName } from '../../../lib/format.ts';
import { PersonCard } from '../components/person-card.tsx';
import { useSignedInMe } from '../hooks/use-me.ts';
import { usePerson } from '../hooks/use-people.ts';

/** One person's card; a person outside the user's scope answers "no access". */
export function PersonPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useSignedInMe();
  const query = usePerson(id);
  return (
    <Stack gap="md">
      {canSeePeople(me) && (
        <Anchor component={Link} to="/people" size="sm">
          <IconArrowLeft size={14} aria-hidden /> {t('identity:people.backToList')}
        </Anchor>
      )}
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : (
        <>
          <PageHeader title={fullName(query.data)} />
          <PersonCard person={query.data} testId="person-card" />
        </>
      )}
    </Stack>
  );
}
