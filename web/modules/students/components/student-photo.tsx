import { Avatar, Button, FileButton, Image, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconCamera } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { photoUrl, uploadPhoto } from './student-card-api.ts';

interface StudentPhotoProps {
  studentId: string;
  /** the person's initials, shown while there is no photo */
  initials: string;
  canUpload: boolean;
  csrfToken: string;
}

/** The student's photo on the card; those who manage the student upload a new one (JPEG or PNG). */
export function StudentPhoto({ studentId, initials, canUpload, csrfToken }: StudentPhotoProps) {
  const { t } = useTranslation();
  const [version, setVersion] = useState('current');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: (file: File) => uploadPhoto(studentId, file, csrfToken),
    onSuccess: (photo) => {
      setMissing(false);
      setVersion(photo.fileId);
      notifications.show({ color: 'green', message: t('students-card:photo.uploaded') });
    },
  });
  return (
    <Stack gap="xs" align="flex-start" data-testid="student-photo">
      {missing ? (
        <Avatar size={120} radius="md" color="gray" aria-label={t('students-card:photo.none')}>
          {initials}
        </Avatar>
      ) : (
        <Image src={photoUrl(studentId, version)} alt={t('students-card:photo.alt')} w={120} h={150} radius="md" fit="cover" onError={() => setMissing(true)} data-testid="student-photo-image" />
      )}
      {missing && (
        <Text size="xs" c="dimmed">
          {t('students-card:photo.none')}
        </Text>
      )}
      {canUpload && (
        <FileButton accept="image/jpeg,image/png" onChange={(file) => file && mutation.mutate(file)} inputProps={{ 'aria-label': t('students-card:photo.upload'), ...({ 'data-testid': 'photo-input' } as object) }}>
          {(props) => (
            <Button {...props} variant="default" size="xs" leftSection={<IconCamera size={14} aria-hidden />} loading={mutation.isPending} data-testid="upload-photo">
              {t(missing ? 'students-card:photo.upload' : 'students-card:photo.replace')}
            </Button>
          )}
        </FileButton>
      )}
      {mutation.error && <ErrorAlert error={mutation.error} />}
    </Stack>
  );
}
