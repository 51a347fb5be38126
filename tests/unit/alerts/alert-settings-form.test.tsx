// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AlertSettingsForm } from '../../../components/alert-settings-form.tsx';
import { I18nProvider } from '../../../components/i18n-context.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import { DEFAULT_ALERT_SETTINGS } from '../../../lib/schema.ts';

afterEach(() => {
  cleanup();
});

describe('alert settings form: a webhook URL with user:password@', () => {
  test.each([
    ['en', 'Remove the user name and password from the webhook URL'],
    ['zh-CN', '请从 Webhook 地址中删除用户名和密码'],
  ] as const)('is refused with a message in the UI language (%s)', (locale, message) => {
    const onSave = vi.fn();
    render(
      <I18nProvider translator={createTranslator(locale)}>
        <AlertSettingsForm settings={DEFAULT_ALERT_SETTINGS} scopes={[]} onSave={onSave} />
      </I18nProvider>,
    );
    const form = screen.getByTestId('alert-settings');
    const url = form.querySelector('[name="webhookUrl"]') as HTMLInputElement;
    fireEvent.change(url, { target: { value: 'https://bob:hunter22@hooks.example.com/in' } });
    fireEvent.submit(form);
    // The explanation is the field's own (aria-describedby), the alert says where to look.
    expect(screen.getByRole('alert').textContent).toBe(locale === 'en' ? 'Check the marked fields.' : '请检查标出的字段。');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(form.querySelector(`#${CSS.escape(url.getAttribute('aria-describedby')!)}`)?.textContent).toContain(message);
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(url, { target: { value: 'https://hooks.example.com/in?token=abc' } });
    fireEvent.submit(form);
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_ALERT_SETTINGS, webhookUrl: 'https://hooks.example.com/in?token=abc' });
  });
});
