/*
 * Bürgerbot citizen chat widget. A web editor embeds it with one tag:
 *   <script src="https://<server>/widget.js" async data-lang="de" data-title="Bürgerservice Musterstadt"
 *           data-primary-color="#00529c" data-privacy-url="/datenschutz.html"></script>
 * This classic script defines <buergerbot-chat> (Shadow DOM), adds one to the page and loads its modules,
 * styles and texts from widget/ next to itself (so it works when the page is on another origin).
 * It sets no cookies, uses no localStorage and talks to no third party; it keeps only the conversation id and
 * token in sessionStorage. The page's own styles and globals stay untouched.
 */
(() => {
  'use strict';
  const TAG = 'buergerbot-chat';
  if (customElements.get(TAG)) return;

  const script = document.currentScript || document.querySelector('script[src$="/widget.js"]');
  const BASE = new URL('./', (script && script.src) || location.href).href;
  const ORIGIN = new URL(BASE).origin;
  const LANGS = ['de', 'en'];
  const DEFAULT_PRIMARY = '#00529c';
  const SURFACE_LUMINANCE = 0.876; // #eef1f4, the bot bubble: the darkest background links appear on
  const load = (name) => import(BASE + 'widget/' + name);

  /** UI strings of one language (widget/i18n/<lang>.json) as t(key, {var}). */
  async function strings(lang) {
    const response = await fetch(`${BASE}widget/i18n/${lang}.json`, { credentials: 'omit' });
    if (!response.ok) throw new Error('i18n ' + response.status);
    const dict = await response.json();
    return (key, vars) => String(dict[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(vars?.[name] ?? ''));
  }

  /** WCAG relative luminance of a computed "rgb(r, g, b)" colour. */
  function luminance(rgb) {
    const [r, g, b] = (rgb.match(/[\d.]+/g) || [0, 0, 0]).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

  class BuergerbotChat extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this.onResize = () => this.fit();
      // The launcher exists from the start (a stable hook); it is shown once styles and texts have loaded, and a
      // click that comes earlier opens the panel as soon as it can.
      const launcher = document.createElement('button');
      launcher.type = 'button';
      launcher.className = 'launcher';
      launcher.hidden = true;
      launcher.dataset.testid = 'launcher';
      launcher.setAttribute('aria-expanded', 'false');
      launcher.setAttribute('aria-controls', 'bb-panel');
      launcher.addEventListener('click', () => this.toggle());
      this.launcher = launcher;
      this.shadowRoot.append(launcher);
    }

    connectedCallback() {
      if (!this.ready) this.ready = this.render().catch((e) => console.error('[buergerbot] widget failed:', e));
      else this.ready.then(() => this.chat && this.chat.start());
    }

    disconnectedCallback() {
      if (this.chat) this.chat.stop();
    }

    /** Settings from the element's data- attributes, else the script tag's. */
    config() {
      const data = { ...((script && script.dataset) || {}), ...this.dataset };
      const lang = LANGS.includes(data.lang) ? data.lang : 'de';
      let privacyUrl = null;
      try {
        const url = new URL(data.privacyUrl, document.baseURI);
        if (data.privacyUrl && /^https?:$/.test(url.protocol)) privacyUrl = url.href;
      } catch { /* no privacy link */ }
      return { lang, title: data.title, primary: data.primaryColor, privacyUrl };
    }

    /**
     * Sets --bb-primary from data-primary-color and derives colours that keep text at 4.5:1 whatever the editor
     * chose: text on the primary colour is white or black, and the primary serves as text colour (links, outline
     * buttons) only where it is dark enough against the light bubble background (widget.css: --bb-surface).
     */
    theme(primary) {
      if (!primary) return; // widget.css defaults (or the page's --bb-* properties) apply
      const probe = document.createElement('span');
      this.shadowRoot.append(probe);
      probe.style.color = DEFAULT_PRIMARY;
      probe.style.color = primary; // ignored if not a valid colour
      const computed = getComputedStyle(probe).color;
      probe.remove();
      const l = luminance(computed);
      this.style.setProperty('--bb-primary', computed);
      this.style.setProperty('--bb-on-primary', contrast(l, 1) >= contrast(l, 0) ? '#fff' : '#000');
      this.style.setProperty('--bb-accent', contrast(l, SURFACE_LUMINANCE) >= 4.5 ? computed : '#1a1a1a');
    }

    async render() {
      const config = this.config();
      const root = this.shadowRoot;
      this.theme(config.primary);
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = BASE + 'widget/widget.css';
      const cssLoaded = new Promise((resolve) => { css.onload = css.onerror = resolve; });
      root.append(css);
      const [t, { buildShell }, { Chat }] =
        await Promise.all([strings(config.lang), load('shell.js'), load('chat.js'), cssLoaded]);

      const parts = buildShell(config, t, this.launcher);
      root.append(parts.root);
      // Text size changes (zoom, user style) resize this 1em probe: fit the panel again.
      const probe = document.createElement('span');
      probe.className = 'em-probe';
      parts.root.append(probe);
      new ResizeObserver(() => this.isOpen && this.fit()).observe(probe);
      parts.close.addEventListener('click', () => this.close());
      root.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && this.isOpen) {
          event.preventDefault();
          this.close();
        }
      });
      this.chat = new Chat({ parts, t, uiLang: config.lang, origin: ORIGIN, mount: root,
        onActivity: () => { if (!this.isOpen) parts.badge.hidden = false; } });
      this.parts = parts;
      this.launcher.hidden = false;
      const started = this.chat.start();
      if (this.wantOpen) this.open();
      await started;
    }

    toggle() {
      if (!this.parts) this.wantOpen = !this.wantOpen; // not ready yet
      else if (this.isOpen) this.close();
      else this.open();
    }

    /**
     * Large text on a small window: the panel takes the whole screen ("full"); if even then the fixed header and
     * composer would crowd out the transcript, the whole panel scrolls instead of the transcript alone ("tight").
     */
    fit() {
      const { panel, root } = this.parts;
      const em = parseFloat(getComputedStyle(panel).fontSize) || 16;
      root.classList.toggle('full', innerWidth < 30 * em || innerHeight < 30 * em);
      root.classList.toggle('tight', innerHeight < 20 * em);
    }

    get isOpen() {
      return Boolean(this.parts && !this.parts.panel.hidden);
    }

    /** Opens the panel (not modal: the page stays usable) and puts focus into the message field. */
    open() {
      const { panel, launcher, badge, input, root } = this.parts;
      panel.hidden = false;
      root.classList.add('open');
      this.fit();
      window.addEventListener('resize', this.onResize);
      launcher.setAttribute('aria-expanded', 'true');
      badge.hidden = true;
      this.chat.opened();
      input.focus();
      this.announce(true);
    }

    /** Tells the page that the panel opened or closed: a buergerbot-toggle event with detail {open}. */
    announce(open) {
      this.dispatchEvent(new CustomEvent('buergerbot-toggle', { detail: { open }, bubbles: true, composed: true }));
    }

    /** Closes the panel and returns focus to the launcher. */
    close() {
      const { panel, launcher, root } = this.parts;
      panel.hidden = true;
      root.classList.remove('open');
      window.removeEventListener('resize', this.onResize);
      launcher.setAttribute('aria-expanded', 'false');
      launcher.focus();
      this.announce(false);
    }
  }

  customElements.define(TAG, BuergerbotChat);

  function insert() {
    if (!document.querySelector(TAG)) document.body.append(document.createElement(TAG));
  }
  if (document.body) insert();
  else document.addEventListener('DOMContentLoaded', insert, { once: true });
})();
