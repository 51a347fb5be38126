/** Human names for scopes, in the UI language (also used for notifications and the webhook). */
import type { Translate } from '../i18n.ts';
import { ComplaintCategorySchema, PlatformSchema, type AlertScope } from '../schema.ts';
import { parseScope } from './scopes.ts';

export function scopeLabel(scope: AlertScope, t: Translate): string {
  const { kind, value = '' } = parseScope(scope);
  switch (kind) {
    case 'all':
      return t('alerts.scope.all');
    case 'platform': {
      const p = PlatformSchema.safeParse(value);
      return t('alerts.scope.platform', { platform: p.success ? t(`platform.${p.data}`) : value });
    }
    case 'product':
      return t('alerts.scope.product', { id: value });
    case 'category': {
      const c = ComplaintCategorySchema.safeParse(value);
      return t('alerts.scope.category', { category: c.success ? t(`complaint.${c.data}`) : value });
    }
    case 'keywords':
      return t('alerts.scope.keywords', { id: value });
  }
}
