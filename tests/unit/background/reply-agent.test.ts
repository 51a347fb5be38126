// Who a recorded reply names: the team's user, else the name given in the Incident tab, else "me".
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test } from 'vitest';
import { replyAgent } from '../../../entrypoints/background/reply-agent.ts';
import { agentNameItem } from '../../../runtime/incident-items.ts';
import { teamSettingsItem } from '../../../runtime/team-items.ts';

beforeEach(() => fakeBrowser.reset());

test('nobody named: me', async () => {
  expect(await replyAgent()).toBe('me');
});

test("the Incident tab's name, trimmed", async () => {
  await agentNameItem.set('  Lena Wu ');
  expect(await replyAgent()).toBe('Lena Wu');
});

test("the team's user wins when a workspace is signed in", async () => {
  await agentNameItem.set('Lena Wu');
  await teamSettingsItem.set({ schemaVersion: 1, dbUrl: 'https://couch.example.com/acme', agent: 'lena' });
  expect(await replyAgent()).toBe('lena');
});
