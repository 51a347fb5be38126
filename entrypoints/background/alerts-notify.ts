/**
 * What the browser shows for an alert: a system notification whose click opens the side panel
 * on that alert, and the hand-over of "which alert" to the panel (runtime/alerts-focus.ts).
 *
 * Chrome's `sidePanel.open` needs a user gesture; a notification click counts as one in Chrome
 * 116+, but only if `open` is called before any `await`, so the first attempt uses the current
 * window synchronously. If that fails (older Chrome, no gesture) the panel page opens in a tab.
 * Firefox opens its sidebar from the same click (`sidebarAction.open`).
 */
import { browser } from 'wxt/browser';
import { scopeLabel } from '@/lib/alerts/labels';
import type { Translator } from '@/lib/i18n';
import type { Alert, KeywordSet } from '@/lib/schema';
import { requestFocus } from '@/runtime/alerts-focus';

export const NOTIFICATION_PREFIX = 'crisis-desk-alert:';

/** A 48 px orange disc with "!" (there is no icon in public/ yet; Chrome requires one for a
 * basic notification, and accepts a data URL). */
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAtklEQVR42u3aUQqAMAwD0F3R+/97Df0UQUVp2iw1Bb/NE9m03Riuo9ZlbG8uydDTYaLBaRB08DJIdvBUSHV4KIIVHoJghw8hIje8qzJE9IllAD4hpAGIdzYL8AohDUCtGpmAR4Q0ALluZwMuEQYwAeitvwJwQhhggAEGGGCANMDfQjN0KuQBSojpG1n0/2J3Jdi9IXfm2P1RenM3ikAD/jvgaDFiajHkazFmbTPobnPUoM1hD3btN7J/Lk9dCmwAAAAASUVORK5CYII=';

/** `keywordSets` name a keyword scope by its set ("Keywords: Battery fire"), not its id. */
export function notificationText(a: Alert, tr: Translator, keywordSets?: readonly KeywordSet[]): { title: string; message: string } {
  const { t } = tr;
  return {
    title: t('alerts.notification.title', { severity: t(`alerts.severity.${a.severity}`), scope: scopeLabel(a.scope, t, keywordSets) }),
    message: t('alerts.notification.body', { count: a.negatives, time: tr.dateTime(a.startedAt), expected: Math.round(a.expected) }),
  };
}

export function showAlertNotification(
  a: Alert,
  tr: Translator,
  log: (msg: string, detail?: unknown) => void,
  keywordSets?: readonly KeywordSet[],
): void {
  const notifications = (browser as unknown as { notifications?: typeof browser.notifications }).notifications;
  if (!notifications) return;
  const { title, message } = notificationText(a, tr, keywordSets);
  notifications
    .create(NOTIFICATION_PREFIX + a.id, { type: 'basic', iconUrl: ICON, title, message, priority: a.severity === 'high' ? 2 : 1 })
    .catch((err: unknown) => log('notification failed', err));
}

interface SidePanelApi {
  open(o: { windowId: number }): Promise<void>;
}

/** Click on one of our notifications: remember the alert for the panel, open the panel. */
export function onNotificationClicked(notificationId: string, log: (msg: string, detail?: unknown) => void): void {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const id = notificationId.slice(NOTIFICATION_PREFIX.length);
  const b = browser as unknown as {
    sidePanel?: SidePanelApi;
    sidebarAction?: { open(): Promise<void> };
    windows: { WINDOW_ID_CURRENT: number; getLastFocused(): Promise<{ id?: number }> };
  };
  const fallback = () => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html#alert=${encodeURIComponent(id)}`) }).catch((err: unknown) => log('cannot open the alert', err));
  };
  // Before any await: the click's user gesture must still be live.
  let opening: Promise<void> | undefined;
  try {
    opening = import.meta.env.FIREFOX ? b.sidebarAction?.open() : b.sidePanel?.open({ windowId: b.windows.WINDOW_ID_CURRENT });
  } catch (err) {
    log('side panel open threw', err);
  }
  void requestFocus(id, new Date()).catch((err: unknown) => log('cannot hand the alert to the panel', err));
  if (!opening) fallback();
  else opening.catch((err: unknown) => {
    log('side panel did not open from the notification; opening a tab', err);
    fallback();
  });
  void browser.notifications.clear(notificationId).catch(() => undefined);
}
