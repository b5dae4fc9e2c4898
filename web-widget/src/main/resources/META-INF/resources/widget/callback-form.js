// The callback request form shown when no clerk is available: contact and question, labelled fields, errors
// tied to their field, a confirmation that takes focus. ctx.onCallback({contact, question}) -> {promiseHours}.
import { h } from './dom.js';

let forms = 0;

function field(label, control, error) {
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, error);
}

export function callbackForm(ctx) {
  const { t } = ctx;
  const n = ++forms;
  const error = (name) => h('p', { class: 'error', id: `bb-cb-${name}-err-${n}`, hidden: true });
  const contactError = error('contact');
  const questionError = error('question');
  const contact = h('input', { id: `bb-cb-contact-${n}`, name: 'contact', type: 'text', maxlength: 200,
    required: true, 'aria-describedby': contactError.id });
  const question = h('textarea', { id: `bb-cb-question-${n}`, name: 'question', rows: 3, maxlength: 1000,
    required: true, 'aria-describedby': questionError.id });
  question.value = ctx.lastQuestion ? ctx.lastQuestion() : '';
  const submit = h('button', { type: 'submit', class: 'primary' }, t('callbackSubmit'));
  const failure = h('p', { class: 'error', hidden: true });
  const titleId = `bb-cb-title-${n}`;
  const form = h('form', { class: 'callback', 'data-testid': 'callback-form', 'aria-labelledby': titleId,
    novalidate: true },
  h('h3', { id: titleId }, t('callbackTitle')),
  h('p', null, t('callbackIntro')),
  field(t('callbackContact'), contact, contactError),
  field(t('callbackQuestion'), question, questionError),
  h('p', { class: 'note' }, t('callbackPrivacy')),
  failure, submit);

  const check = (control, err) => {
    const ok = control.value.trim() !== '';
    if (ok) control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', 'true');
    err.hidden = ok;
    err.textContent = ok ? '' : t('required');
    return ok;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    failure.hidden = true;
    const okContact = check(contact, contactError);
    const okQuestion = check(question, questionError);
    if (!okContact || !okQuestion) {
      (okContact ? question : contact).focus();
      return;
    }
    submit.disabled = true;
    try {
      const result = await ctx.onCallback({ contact: contact.value.trim(), question: question.value.trim() });
      const done = h('p', { class: 'confirm', tabindex: -1 },
        t('callbackDone', { hours: (result && result.promiseHours) || 24 }));
      form.replaceWith(done);
      done.focus();
    } catch {
      failure.textContent = t('callbackError');
      failure.hidden = false;
      submit.disabled = false;
      submit.focus();
    }
  });
  return form;
}
