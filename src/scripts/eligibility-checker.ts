/**
 * The eligibility checker's behaviour in the browser (src/components/EligibilityChecker.astro):
 * the form shown in place of the "needs JavaScript" line, the questions that apply shown as they
 * apply, the verdict with its reasons and the summary of the answers rendered from the
 * component's <template>s on every change, and the answers kept in the URL's query.
 */
import rules from '../../content/rules/eligibility.json';
import { evaluate, parseAnswers, serializeAnswers, isApplicable, type Answers } from '../lib/eligibility.ts';

/** Makes one checker (its `[data-eligibility-checker]` element) interactive. */
export function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-checker-form]')!;
  const result = root.querySelector<HTMLElement>('[data-checker-result]')!;
  const body = result.querySelector<HTMLElement>('[data-checker-body]')!;
  const announce = result.querySelector<HTMLElement>('[data-checker-announce]')!;
  const live = root.querySelector<HTMLElement>('[data-checker-live]')!;
  const summary = result.querySelector<HTMLElement>('[data-checker-answers]')!;
  const template = (name: string) => root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`)?.content.cloneNode(true) as DocumentFragment | undefined;
  const fieldset = (id: string) => form.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${id}"]`)!;
  const legendOf = (id: string) => fieldset(id).querySelector('legend')!.textContent!.trim();

  // Answers live in the radios; the URL mirrors them (read back only through parseAnswers).
  const current = (): Answers => {
    const answers: Record<string, string> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) answers[input.name] = input.value;
    return answers;
  };
  const setAnswers = (answers: Answers) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = answers[input.name] === input.value;
  };
  // A link to the page the checker is on becomes a same-page link (keeps the answers).
  const localize = (fragment: DocumentFragment) => {
    for (const a of fragment.querySelectorAll('a')) {
      const url = new URL(a.getAttribute('href')!, location.href);
      if (url.pathname === location.pathname && url.hash) a.setAttribute('href', url.hash);
    }
    return fragment;
  };

  const render = () => {
    const answers = current();
    const evaluation = evaluate(rules, answers);
    const partnerType = evaluation.partnerType;
    for (const q of rules.questions) fieldset(q.id).hidden = !isApplicable(q, partnerType);
    result.dataset.verdict = evaluation.verdict;
    // Nothing answered yet: no result to show, nothing to start again.
    const answered = Object.keys(evaluation.answers).length > 0;
    result.hidden = !answered;
    const verdictTemplate = root.querySelector<HTMLTemplateElement>(`template[data-template="verdict-${evaluation.verdict}"]`)!;
    announce.textContent = '';
    body.replaceChildren();
    let unansweredBlock: DocumentFragment | undefined;
    if (evaluation.verdict === 'incomplete') {
      const unanswered = template('unanswered')!;
      const list = unanswered.querySelector('[data-unanswered]')!;
      for (const id of evaluation.unanswered) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `#question-${id}`;
        a.textContent = legendOf(id);
        li.append(a);
        list.append(li);
      }
      unansweredBlock = unanswered;
    }
    // The verdict's explanation, then its reasons, then what to do next.
    const verdict = localize(verdictTemplate.content.cloneNode(true) as DocumentFragment);
    const explanation = verdict.querySelector('.verdict-explanation')!;
    body.append(verdict);
    const reasons: DocumentFragment[] = [];
    for (const status of ['unmet', 'unsure', 'pending'] as const) {
      const ids = evaluation[status];
      if (ids.length === 0 || evaluation.verdict === 'incomplete') continue;
      const block = template(`reasons-${status}`)!;
      const list = block.querySelector('[data-reasons]')!;
      for (const id of ids) list.append(localize(template(`reason-${id}-${status}`)!));
      reasons.push(block);
    }
    explanation.after(...(unansweredBlock ? [unansweredBlock] : []), ...reasons);
    announce.textContent = verdictTemplate.dataset.heading ?? '';
    live.textContent = answered ? announce.textContent : '';
    summary.replaceChildren();
    for (const id of evaluation.applicableQuestions) {
      const value = evaluation.answers[id];
      if (value === undefined) continue;
      const dt = document.createElement('dt');
      dt.textContent = legendOf(id);
      const dd = document.createElement('dd');
      const label = form.querySelector(`label[for="answer-${id}-${value}"]`)!.textContent!.trim();
      dd.append(label, ' ');
      const change = template('change')!;
      const link = change.querySelector('a')!;
      link.href = `#question-${id}`;
      link.dataset.question = id;
      change.querySelector('[data-change-what]')!.textContent = ` ${legendOf(id)}`;
      dd.append(change);
      summary.append(dt, dd);
    }
    result.querySelector<HTMLElement>('[data-checker-answers-title]')!.hidden = summary.children.length === 0;
  };

  // The URL keeps the answers (a reload or a shared link shows the same result), but choosing is
  // not navigating: the entry is replaced, never pushed. An arrow key moving through radios is a
  // change, and the checker has no "step" a reader would go Back to (every question and the verdict
  // are on screen at once; "Change" links and "Start again" undo an answer). So Back leaves the
  // page, as it does from any other form. A `popstate` from the page's own #anchor entries still
  // restores the answers that entry had.
  const syncUrl = () => {
    const query = serializeAnswers(rules, current());
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };

  form.addEventListener('change', () => {
    render();
    syncUrl();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    const change = target.closest<HTMLAnchorElement>('a[data-question], [data-unanswered] a');
    if (change) {
      event.preventDefault();
      const id = change.dataset.question ?? change.getAttribute('href')!.replace('#question-', '');
      const set = fieldset(id);
      set.scrollIntoView({ block: 'center' });
      (set.querySelector<HTMLInputElement>('input:checked') ?? set.querySelector<HTMLInputElement>('input'))!.focus();
    }
    if (target.closest('[data-checker-reset]')) {
      setAnswers({});
      render();
      syncUrl();
      form.querySelector<HTMLInputElement>('input')!.focus();
    }
  });
  addEventListener('popstate', () => {
    setAnswers(parseAnswers(rules, location.search));
    render();
  });

  setAnswers(parseAnswers(rules, location.search));
  root.querySelector<HTMLElement>('[data-checker-nojs]')!.hidden = true;
  form.hidden = false;
  render();
  // Tidy a URL that carried unknown or malformed parameters.
  syncUrl();
}
