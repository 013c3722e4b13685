import type { SettingDto } from '../../../../shared/modules/admin/admin.contracts.ts';
import { api } from '../../../lib/api-client.ts';

export const listSettings = () => api.get<SettingDto[]>('/api/admin/settings');

export const updateSetting = (key: string, value: unknown) =>
  api.put<SettingDto>(`/api/admin/settings/${encodeURIComponent(key)}`, { value });
