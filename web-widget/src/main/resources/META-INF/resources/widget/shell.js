// The widget's static structure: the launcher and the chat panel (a non-modal dialog) with the transcript
// (role="log", the only live region), the composer and the "talk to a human" button. Returns the parts.
import { h, icon, sr, externalLink } from './dom.js';

const CHAT = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6v2h2v-2H7zm4 0v2h2v-2h-2zm4 0v2h2v-2h-2z';
const CLOSE = 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z';
const PERSON = 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4 0-8 2-8 5v2h16v-2c0-3-4-5-8-5z';

/**
 * Builds the shell around the launcher button that widget.js created (data-testid="launcher", aria-expanded,
 * aria-controls="bb-panel"). config: {lang, title, privacyUrl}; t(key, vars) gives UI strings.
 */
export function buildShell(config, t, launcher) {
  const badge = h('span', { class: 'badge', hidden: true }, sr(t('unread')));
  launcher.append(icon(CHAT), h('span', null, t('launcher')), sr(' ' + t('launcherHint')), badge);

  const close = h('button', { type: 'button', class: 'close', 'data-testid': 'close', 'aria-label': t('close') },
    icon(CLOSE));

  const notice = h('div', { class: 'intro', id: 'bb-notice' },
    h('p', null, t('aiNotice')),
    config.lang !== 'de' ? h('p', { class: 'lang-note' }, t('languageNote')) : null,
    h('p', null, t('example')),
    config.privacyUrl ? h('p', null, externalLink(config.privacyUrl, t('privacyLink'), t)) : null);

  const messages = h('div', { class: 'msgs' });
  const status = h('div', { class: 'status' });
  const typing = h('p', { class: 'typing', hidden: true, 'data-testid': 'typing' },
    t('clerkTyping'), h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')));
  const log = h('div', { class: 'log', role: 'log', 'aria-label': t('logLabel'), tabindex: 0 },
    notice, messages, status, typing);

  const input = h('textarea', { id: 'bb-input', name: 'message', rows: 1, maxlength: 1000,
    placeholder: t('inputPlaceholder'), autocomplete: 'off' });
  const send = h('button', { type: 'submit', class: 'primary send', 'data-testid': 'send' }, t('send'));
  const composer = h('form', { class: 'composer' },
    h('label', { for: 'bb-input', class: 'sr' }, t('inputLabel')), input, send);

  const human = h('button', { type: 'button', class: 'secondary human', 'data-testid': 'human' },
    icon(PERSON), t('human'));
  // Shown while waiting for or talking to a person: leaving frees the clerk queue at once.
  const leave = h('button', { type: 'button', class: 'secondary leave', 'data-testid': 'leave', hidden: true },
    t('leave'));

  const panel = h('div', { id: 'bb-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'bb-title',
    'aria-describedby': 'bb-notice', 'data-testid': 'panel', lang: config.lang, hidden: true },
  h('div', { class: 'head' },
    h('div', { class: 'titles' }, h('h2', { id: 'bb-title' }, config.title || t('title')),
      h('p', { class: 'sub' }, t('subtitle'))),
    close),
  log, composer, h('div', { class: 'tools' }, human, leave));

  const root = h('div', { class: 'bb', lang: config.lang }, launcher, panel);
  return { root, launcher, badge, panel, close, log, messages, status, typing, composer, input, send, human, leave };
}
