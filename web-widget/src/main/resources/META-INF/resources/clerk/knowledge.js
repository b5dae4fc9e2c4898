// Knowledge-base answers for the bot's candidate services: fetched once per service and cached,
// so queue labels, tabs and suggestion lists share one request per service.

import * as api from './api.js';
import { httpsUrl } from './dom.js';
import { plainText } from './markdown.js';

const answers = new Map(); // service -> Promise<answer | null>
const titles = new Map(); // service -> title, once known

/** The answer for a service, or null when the knowledge base has none (404). Failed loads are retried later. */
export function answerFor(service) {
  if (!answers.has(service)) {
    const loading = api.knowledge(service).then(
      (answer) => {
        if (answer?.title) titles.set(service, answer.title);
        return answer;
      },
      (error) => {
        if (error.status === 404) return null;
        answers.delete(service);
        throw error;
      });
    answers.set(service, loading);
  }
  return answers.get(service);
}

/** The service's title if it has been loaded, else undefined. */
export function knownTitle(service) {
  return titles.get(service);
}

/** The services worth suggesting for a queue entry: its topic first, then the bot's other candidates. */
export function candidateServices(entry) {
  return [...new Set([entry.topic, ...(entry.candidates ?? [])].filter(Boolean))];
}

/** The answer as plain text for the reply box, with its https links spelled out. */
export function insertableText(answer) {
  const text = plainText(answer.text);
  const links = (answer.links ?? [])
    .map((link) => ({ title: link.title, url: httpsUrl(link.url) }))
    .filter((link) => link.url && !text.includes(link.url.href))
    .map((link) => (link.title ? `${link.title}: ${link.url.href}` : link.url.href));
  return [text, links.join('\n')].filter(Boolean).join('\n\n');
}
