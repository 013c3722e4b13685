/** Backup and restore: a logical, engine-neutral full backup (see format.ts) and its restore. */
export { mountBackupRoute } from './backup.route.ts';
export { writeBackup, writeBackupFile, type DumpSummary } from './dump.ts';
export { BackupFileError, type BackupHeader, type TableCount } from './format.ts';
export { readBackup, readHeader } from './reader.ts';
export { restoreBackup, RestoreRefused, type RestoreSummary } from './restore.ts';
export { BACKUP_TOKEN_HEADER, findLiveServer, readRuntimeFile, removeRuntimeFile, runtimeFilePath, writeRuntimeFile, type RuntimeInfo } from './runtime-file.ts';
