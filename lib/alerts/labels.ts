/** Human names for scopes, in the UI language (also used for notifications and the webhook). */
import type { Translate } from '../i18n.ts';
import { ComplaintCategorySchema, PlatformSchema, type AlertScope, type KeywordSet } from '../schema.ts';
import { parseScope } from './scopes.ts';

/**
 * `keywordSets` names `keywords:<id>` scopes ("Keywords: Battery fire"). Without it the id stands
 * in for the name; with it, a set that is no longer there is named by its id and marked deleted
 * (its alerts outlive it).
 */
export function scopeLabel(scope: AlertScope, t: Translate, keywordSets?: readonly Pick<KeywordSet, 'id' | 'name'>[]): string {
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
    case 'keywords': {
      if (!keywordSets) return t('alerts.scope.keywordSet', { name: value });
      const set = keywordSets.find((k) => k.id === value);
      return set ? t('alerts.scope.keywordSet', { name: set.name }) : t('alerts.scope.keywordSetDeleted', { id: value });
    }
  }
}
