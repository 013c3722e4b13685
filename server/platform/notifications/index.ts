/** In-app notifications: what a module calls (`notify`) and what the app mounts (the routes). */
export { notify, type NotifyItem } from './notify.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { renderNotification } from './render.ts';
