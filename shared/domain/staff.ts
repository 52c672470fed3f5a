import type { Permission, Role } from '../permissions';

export interface StaffView {
  id: string;
  name: string;
  role: Role;
}

export interface SessionInfo {
  staff: StaffView;
  permissions: Permission[];
}
