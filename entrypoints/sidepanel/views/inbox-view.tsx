/**
 * The inbox tab: adapter-health and pipeline warnings, the toolbar (search, status, sort,
 * filters), the focus banner, the bulk and "N new" bars, then the virtualised list (or the
 * loading / empty / error state), the undo toast and the shortcut list. The model lives in
 * use-inbox.ts; components only render.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { HealthBanners } from '../../../components/health-banner.tsx';
import { PipelineBanners } from '../../../components/pipeline-banners.tsx';
import { useI18n } from '../../../components/i18n-context.tsx';
import { BulkBar, FocusBanner, NewMentionsBar } from '../../../components/inbox-bars.tsx';
import { useInboxExtensions } from '../../../components/inbox-extensions.tsx';
import { activeFilterCount, InboxChips, InboxFilterSheet } from '../../../components/inbox-filters.tsx';
import { InboxList, type InboxListHandle, type ScrollAnchor } from '../../../components/inbox-list.tsx';
import { ShortcutsDialog } from '../../../components/inbox-shortcuts.tsx';
import { EmptyState, ErrorNotice, ErrorState, LoadingState, SkippedNotice, type EmptyKind } from '../../../components/inbox-states.tsx';
import { InboxSummary } from '../../../components/inbox-summary.tsx';
import { InboxToolbar } from '../../../components/inbox-toolbar.tsx';
import { TeamInboxBar } from '../../../components/team-inbox-bar.tsx';
import { UndoToast } from '../../../components/inbox-undo.tsx';
import type { InboxCommand } from '../../../lib/inbox/keyboard.ts';
import { DEFAULT_QUERY, type InboxFocus, type InboxQuery } from '../../../lib/inbox/query.ts';
import type { Translator } from '../../../lib/i18n.ts';
import { MessageError } from '../../../lib/messaging.ts';
import type { AdapterHealth } from '../../../lib/schema.ts';
import { useInboxEngineContext, usePanelData } from '../panel-context.tsx';
import { healthKeys, healthOptions, pipelineStatusOptions, settingsOptions } from '../queries.ts';
import { exportFilterOf } from '../../../lib/inbox/export-filter.ts';
// Export for managers (issue 12): the Export control, given exactly what the inbox's query matches.
import { ExportPanel } from './export-panel.tsx';
import { useInbox } from './inbox/use-inbox.ts';
import { useInboxKeys } from './inbox/use-inbox-keys.ts';
import { useInboxPlace } from './inbox/use-inbox-place.ts';
import { useTeamContext } from './team/team-inbox.tsx';

export function describeError(t: Translator['t'], error: unknown): string {
  if (error instanceof MessageError && error.code === 'no-reply') return `${t('error.noReply')} (${error.message})`;
  if (error instanceof Error) return error.message;
  return String(error);
}

function isDefaultFilter(q: InboxQuery): boolean {
  return q.status === DEFAULT_QUERY.status && Object.keys(q.facets).length === 0 && !q.range && !q.search.trim() && !q.focus;
}

export interface InboxViewProps {
  now: number;
  /** The inbox is the visible tab (it stays mounted behind the others, keeping its place). */
  active?: boolean;
  /** A navigation request (App's openInbox): applied when `seq` changes. */
  request?: { seq: number; focus: InboxFocus | undefined };
}

export function InboxView({ now, active = true, request }: InboxViewProps) {
  const { t } = useI18n();
  const data = usePanelData();
  const engine = useInboxEngineContext();
  const queryClient = useQueryClient();
  const ext = useInboxExtensions();
  const health = useQuery(healthOptions(data));
  const settings = useQuery(settingsOptions(data));
  const pipeline = useQuery(pipelineStatusOptions(data));
  const targetMs = (settings.data?.responseTargetMinutes ?? 60) * 60_000;
  const place = useInboxPlace(data);
  const inbox = useInbox(engine, data, place, now, targetMs, t('undo.done'), ext.activeIncident, ext.hideClaimed);
  const team = useTeamContext();
  const { query, setQuery } = place;
  const listRef = useRef<InboxListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [help, setHelp] = useState(false);
  const lastAnchor = useRef<ScrollAnchor | undefined>(undefined);

  // Navigation from another view (an alert's "Show these mentions", a badge click).
  const [appliedSeq, setAppliedSeq] = useState<number>();
  if (request && place.loaded && request.seq !== appliedSeq) {
    setAppliedSeq(request.seq);
    setQuery((q) => ({ ...q, focus: request.focus, search: request.focus ? '' : q.search }));
  }

  const onQuery = useCallback((change: (q: InboxQuery) => InboxQuery) => setQuery(change), [setQuery]);

  // Back to where the agent was: at load (panel reopened), and when the tab is shown again.
  const restoredFor = useRef<string | undefined>(undefined);
  const firstKey = inbox.items[0]?.key;
  useEffect(() => {
    if (!firstKey || restoredFor.current !== undefined) return;
    restoredFor.current = firstKey;
    const a = place.initialScroll;
    if (a) requestAnimationFrame(() => listRef.current?.restore(a));
  }, [firstKey, place.initialScroll]);
  useEffect(() => {
    if (active && lastAnchor.current) {
      const a = lastAnchor.current;
      requestAnimationFrame(() => listRef.current?.restore(a));
    }
  }, [active]);
  const { saveScroll } = place;
  const { markInteracted } = inbox;
  const onScrollAnchor = useCallback(
    (a: ScrollAnchor) => {
      lastAnchor.current = a;
      saveScroll(a);
      if (a.offset > 0 || a.key !== firstKey) markInteracted();
    },
    [saveScroll, markInteracted, firstKey],
  );

  const focusedItem = inbox.items.find((i) => i.key === inbox.focusedKey);
  const moveFocus = (delta: number | 'first' | 'last') => {
    const items = inbox.items;
    if (items.length === 0) return;
    const at = items.findIndex((i) => i.key === inbox.focusedKey);
    let next: number;
    if (delta === 'first') next = 0;
    else if (delta === 'last') next = items.length - 1;
    else next = at < 0 ? 0 : Math.max(0, Math.min(items.length - 1, at + delta));
    const key = items[next]!.key;
    inbox.setFocusedKey(key);
    listRef.current?.focusKey(key);
  };
  // After an action the model moves the focus; bring that row into view (with focus only if the
  // keyboard's row had it).
  const focusedKey = inbox.focusedKey;
  useEffect(() => {
    if (!focusedKey || !active) return;
    const current = document.activeElement;
    if (!(current instanceof HTMLElement) || !current.closest('[data-testid="mention-row"]')) return;
    // The focus is already inside that row (a click on one of its buttons made it the keyboard's
    // row): leave it there. Pulling it to the row would scroll a partly hidden row into view
    // between the button's mousedown and mouseup, and the click would be lost.
    if (current.closest('[data-item-key]')?.getAttribute('data-item-key') === focusedKey) return;
    listRef.current?.focusKey(focusedKey);
  }, [focusedKey, active]);

  const run = (command: InboxCommand): boolean => {
    const mention = focusedItem && engine.row(focusedItem.key);
    switch (command) {
      case 'next':
        moveFocus(1);
        return true;
      case 'previous':
        moveFocus(-1);
        return true;
      case 'first':
        moveFocus('first');
        return true;
      case 'last':
        moveFocus('last');
        return true;
      case 'search':
        searchRef.current?.focus();
        searchRef.current?.select();
        return true;
      case 'help':
        setHelp(true);
        return true;
      case 'undo':
        if (!inbox.undoEntry) return false;
        inbox.undo();
        return true;
      case 'escape':
        if (document.activeElement === searchRef.current) {
          searchRef.current?.blur();
          if (focusedItem) listRef.current?.focusKey(focusedItem.key);
          return true;
        }
        if (filtersOpen) {
          setFiltersOpen(false);
          return true;
        }
        if (inbox.selection.size > 0) {
          inbox.clearSelection();
          return true;
        }
        return false;
      case 'handled':
      case 'dismiss':
        if (!focusedItem || !mention) return false;
        inbox.setStatus(focusedItem.ids, command === 'handled' ? 'handled' : 'dismissed');
        return true;
      case 'select':
        if (!focusedItem) return false;
        inbox.toggleSelected(focusedItem.ids);
        return true;
      case 'expand':
        if (!focusedItem) return false;
        listRef.current?.toggleOpen(focusedItem.key);
        return true;
      case 'open-original':
        if (!mention) return false;
        window.open(mention.permalink, '_blank', 'noopener,noreferrer');
        return true;
      case 'reply':
        if (!mention || !ext.reply) return false;
        ext.reply(mention);
        return true;
    }
  };
  useInboxKeys(active && !help, run);

  const dismissHealth = (key: string) => {
    // Hide it at once; the storage event that follows confirms it.
    queryClient.setQueryData<AdapterHealth[]>(healthKeys.all, (old) => old?.filter((r) => `${r.platform}/${r.pageType}` !== key));
    data.dismissHealth(key).catch(() => void queryClient.invalidateQueries({ queryKey: healthKeys.all }));
  };

  const state = engine.state;
  const result = inbox.result;
  const shownIds = useMemo(() => inbox.items.flatMap((i) => i.ids), [inbox.items]);
  const exportFilter = useMemo(() => (result ? exportFilterOf(query, result, now) : undefined), [query, result, now]);
  const matchingIds = useMemo(() => result?.items.flatMap((i) => i.ids) ?? [], [result]);
  const emptyKind: EmptyKind = engine.digest.count === 0 && state.complete ? 'nothing-yet' : isDefaultFilter(query) ? 'all-done' : 'no-match';
  const watchTerms = settings.data ? settings.data.brands.length + settings.data.handles.length + settings.data.productIds.length : undefined;
  const clearFilters = () => setQuery((q) => ({ ...DEFAULT_QUERY, sort: q.sort, brigades: q.brigades }));

  let body;
  if (state.phase === 'failed' && !state.usable) body = <ErrorState message={describeError(t, state.error)} onRetry={() => void engine.retry()} />;
  else if (!result) body = <LoadingState progress={state.progress} />;
  // A search over a search index still being built: wait rather than say "nothing matches".
  else if (inbox.items.length === 0 && query.search.trim() && !state.complete) body = <LoadingState progress={state.progress} />;
  else if (inbox.items.length === 0) {
    body = <EmptyState kind={emptyKind} watchTerms={watchTerms} onClearFilters={clearFilters} onOpenSettings={data.openSettings} />;
  } else {
    body = (
      <InboxList
        handleRef={listRef}
        items={inbox.items}
        rowOf={(id) => engine.row(id)}
        ensureRows={(ids) => engine.ensureRows(ids)}
        now={now}
        targetMs={targetMs}
        density={place.density}
        label={t(`inbox.listLabel.${query.sort}`)}
        showPriority={query.sort === 'priority'}
        focusedKey={inbox.focusedKey}
        onFocusKey={inbox.setFocusedKey}
        selection={inbox.selection}
        onToggleSelected={inbox.toggleSelected}
        pendingIds={inbox.pendingIds}
        onSetStatus={inbox.setStatus}
        onScrollAnchor={onScrollAnchor}
      />
    );
  }

  const focus = query.focus;
  return (
    <div className="cd-inbox" role="tabpanel" id="cd-tabpanel-inbox" aria-labelledby="cd-tab-inbox" hidden={!active} data-density={place.density}>
      <PipelineBanners status={pipeline.data} now={now} />
      <HealthBanners reports={health.data ?? []} now={now} onDismiss={dismissHealth} />
      {focus && (
        <FocusBanner
          kind={focus.kind}
          label={focus.kind === 'scopes' ? focus.label : undefined}
          span={focus.kind === 'scopes' ? { from: focus.from, to: focus.to } : undefined}
          loading={inbox.focusPending}
          onClear={() => setQuery((q) => ({ ...q, focus: undefined }))}
        />
      )}
      <div className="cd-inbox__head">
        <InboxToolbar
          query={query}
          statuses={result?.statuses}
          onQuery={onQuery}
          density={place.density}
          onDensity={place.setDensity}
          filtersOpen={filtersOpen}
          activeFilters={activeFilterCount(query)}
          onToggleFilters={() => setFiltersOpen((o) => !o)}
          onHelp={() => setHelp(true)}
          searchRef={searchRef}
        />
        {filtersOpen && <InboxFilterSheet query={query} facets={result?.facets} now={now} onQuery={onQuery} onClose={() => setFiltersOpen(false)} />}
        <InboxChips query={query} onQuery={onQuery} />
        {/* The count and the manager's Export share a line: the list keeps its rows (12+ compact
            rows on a 900 px panel). */}
        <div className="cd-inbox__summary-row">
          <InboxSummary count={result?.total} totalFlagged={state.usable ? engine.digest.count : undefined} progress={state.complete ? undefined : state.progress} />
          {exportFilter && <ExportPanel filter={exportFilter} />}
        </div>
        {query.search.trim() && !state.complete && state.progress && (
          <p className="cd-small cd-muted" data-testid="search-partial">
            {t('inbox.searchPartial', { read: state.progress.read })}
          </p>
        )}
      </div>
      {inbox.statusError !== undefined && (
        <ErrorNotice message={t('error.statusFailed', { error: describeError(t, inbox.statusError) })} onClose={inbox.clearStatusError} />
      )}
      {team?.active && team.view && (
        <TeamInboxBar
          settings={team.view.settings}
          sync={team.view.sync}
          now={now}
          summary={team.summary}
          showTeammates={team.showTeammates}
          hiddenCount={result?.hidden ?? 0}
          onShowTeammates={team.setShowTeammates}
          onOpenSettings={data.openSettings}
        />
      )}
      {team?.error !== undefined && <ErrorNotice message={t('team.actionFailed', { error: describeError(t, team.error) })} onClose={team.clearError} />}
      <SkippedNotice count={state.skipped} />
      <BulkBar
        selected={inbox.selection.size}
        shownIds={shownIds}
        matchingIds={matchingIds}
        capped={inbox.capped}
        pending={inbox.pendingIds.size > 0}
        onSelectAll={inbox.selectAll}
        onClear={inbox.clearSelection}
        onSetStatus={(status) => inbox.setStatus([...inbox.selection], status)}
      />
      <NewMentionsBar
        count={inbox.newCount}
        onShow={() => {
          inbox.showNew();
          listRef.current?.scrollToTop();
        }}
      />
      {body}
      <UndoToast entry={inbox.undoEntry} notice={inbox.notice} onUndo={inbox.undo} onExpire={inbox.dismissUndo} />
      <ShortcutsDialog open={help} canReply={Boolean(ext.reply)} onClose={() => setHelp(false)} />
    </div>
  );
}
