// The page header: who is logged in, the presence toggle and the logout form.

import * as api from './api.js';

const STATES = { ONLINE: 'Status: Online', AWAY: 'Status: Abwesend' };

export class Header {
  /** onError(text) reports a failed presence change. */
  constructor(onError) {
    this.name = document.getElementById('clerk-name');
    this.presence = document.getElementById('presence');
    this.state = document.getElementById('presence-state');
    this.logout = document.getElementById('logout-form');
    this.onError = onError;
    this.presence.addEventListener('click', () => this.togglePresence());
    // The CSRF token can change during a session, so it is filled in at the moment of logging out.
    this.logout.addEventListener('submit', () => {
      this.logout.elements._csrf.value = api.currentCsrf()?.token ?? '';
    });
  }

  /** Shows the clerk's name and presence from GET /api/v1/clerk/me. */
  show(me) {
    this.name.textContent = me.username;
    this.presence.setAttribute('aria-pressed', String(me.presence === 'ONLINE'));
    this.state.textContent = STATES[me.presence] ?? '';
  }

  async togglePresence() {
    const next = this.presence.getAttribute('aria-pressed') === 'true' ? 'AWAY' : 'ONLINE';
    try {
      this.show(await api.setPresence(next));
    } catch {
      this.onError('Der Status konnte nicht geändert werden. Bitte versuchen Sie es erneut.');
    }
  }
}
