import { describe, expect, it } from 'vitest';
import type { GivenMetadata, InputFormat, RawDocument } from '../core/model.js';
import { spanMatches } from '../core/span.js';
import { detectLanguage, fullDatesIn, inferMetadata, normaliseDate, outletFromUrl, withoutSiteSuffix } from './metadata.js';
import { detectZones } from './zones.js';

const PARA =
  'The delegation arrived on Tuesday evening for a second round of talks, officials said, adding that no agreement was expected before the weekend.';
const PARA2 =
  'Both sides described the first meeting as constructive but warned that serious differences remained over the sequencing of any settlement.';

function raw(text: string, given: GivenMetadata = {}, url: string | null = null, format: InputFormat = 'text'): RawDocument {
  return { name: 'doc', source: 'doc', url, text, format, encoding: 'utf-8', given };
}
const infer = (r: RawDocument) => inferMetadata(r, detectZones(r.text, r.format));

describe('normaliseDate', () => {
  it('reads the usual given formats as written (no time-zone shift)', () => {
    expect(normaliseDate('2025-03-12T23:30:00-05:00')).toBe('2025-03-12');
    expect(normaliseDate('Wed, 12 Mar 2025 23:30:00 -0500')).toBe('2025-03-12');
    expect(normaliseDate('March 12, 2025')).toBe('2025-03-12');
    expect(normaliseDate('May 11th, 2025')).toBe('2025-05-11');
    expect(normaliseDate('12.03.2025')).toBe('2025-03-12');
    expect(normaliseDate('25/03/2025')).toBe('2025-03-25');
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('2025-02-30')).toBeNull();
  });
  it('finds only full dates in text', () => {
    const t = 'On Tuesday, and on March 12, 2025, and later in April.';
    expect(fullDatesIn(t, 0, t.length).map((d) => d.value)).toEqual(['2025-03-12']);
  });
});

describe('outlet', () => {
  it('prefers given metadata', () => {
    const m = infer(raw(`${PARA}\nThe post X appeared first on Other News.`, { outlet: 'Example Daily', origin: { outlet: 'og:site_name' } }, null, 'html'));
    expect(m.outlet).toMatchObject({ value: 'Example Daily', origin: 'html:og:site_name' });
  });
  it('reads feed signatures and subscription prompts, with evidence', () => {
    const r1 = raw(`${PARA}\n${PARA2}\nThe post Envoys meet again appeared first on Example Daily.`);
    const m1 = infer(r1);
    expect(m1.outlet).toMatchObject({ value: 'Example Daily', origin: 'text:signature' });
    expect(spanMatches(r1.text, m1.outlet.evidence!)).toBe(true);
    const m2 = infer(raw(`${PARA}\n${PARA2}\nSubscribe to Example.Net Telegram channel, Facebook, RSS!`));
    expect(m2.outlet).toMatchObject({ value: 'Example.Net', origin: 'text:subscription' });
  });
  it('reads print-edition and "originally published by" lines, up to the comma or the sentence end', () => {
    const r1 = raw(`${PARA}\n${PARA2}\nPublished in the Morning Example, May 11th, 2025`);
    const m1 = infer(r1);
    expect(m1.outlet).toMatchObject({ value: 'Morning Example', origin: 'text:signature' });
    expect(spanMatches(r1.text, m1.outlet.evidence!)).toBe(true);
    expect(m1.published).toMatchObject({ value: '2025-05-11', origin: 'text:signature-date' });
    expect(spanMatches(r1.text, m1.published.evidence!)).toBe(true);
    const m2 = infer(raw(`${PARA}\n${PARA2}\nThis article was originally published by the Example Courier. Read more at example.com.`));
    expect(m2.outlet.value).toBe('Example Courier');
    expect(infer(raw(`${PARA}\nThe post X appeared first on Example.Ru.`)).outlet.value).toBe('Example.Ru');
    expect(infer(raw(`${PARA}\nThe post Study published in The Lancet questions the truce appeared first on Example Daily.`)).outlet.value).toBe('Example Daily');
    expect(infer(raw(`${PARA}\nThis article originally appeared on The Example Review.`)).outlet.value).toBe('The Example Review');
    expect(infer(raw(`${PARA}\nThis article is republished from The Example Review under a Creative Commons license.`)).outlet.value).toBe('The Example Review');
  });
  it('reads a masthead line over a wire dateline as the outlet carrying the report, and its day', () => {
    const m = infer(raw(`Talks resume in the capital\n\nThe Example Courier, March 15, 2025\n\nGENEVA, March 14 (Reuters) - ${PARA}\n${PARA2}`));
    expect(m.outlet).toMatchObject({ value: 'The Example Courier', origin: 'text:signature' });
    expect(m.published).toMatchObject({ value: '2025-03-15' });
    // A place and a date alone on a line is no masthead.
    expect(infer(raw(`Talks resume\n\nGeneva, March 15, 2025\n\n${PARA}\n${PARA2}`)).outlet.value).toBeNull();
  });

  it('reads wire datelines', () => {
    expect(infer(raw(`GENEVA (AP) — ${PARA}\n${PARA2}`)).outlet).toMatchObject({ value: 'Associated Press', origin: 'text:dateline' });
    expect(infer(raw(`GENEVA (Reuters) - ${PARA}\n${PARA2}`)).outlet.value).toBe('Reuters');
  });
  it('does not take a cited source or a photo credit for the outlet', () => {
    const text = `${PARA} Example Wire reported, citing sources.\nThe envoy leaves a meeting with officials in the capital\nAnna Novak | Reuters\n${PARA2}, reports Bloomberg.`;
    expect(infer(raw(text)).outlet.value).toBeNull();
  });
  it('falls back to the URL host', () => {
    expect(outletFromUrl('https://www.reuters.com/world/europe/x')).toBe('Reuters');
    expect(outletFromUrl('https://edition.cnn.com/2025/03/12/x')).toBe('CNN');
    expect(outletFromUrl('https://www.example-news.org/a')).toBe('example-news.org');
    expect(outletFromUrl('not a url')).toBeNull();
    expect(infer(raw(PARA, {}, 'https://www.nbcnews.com/news/world/x')).outlet).toMatchObject({ value: 'NBC News', origin: 'url:host' });
  });
});

describe('published', () => {
  it('normalises a given date', () => {
    expect(infer(raw(PARA, { published: 'Wed, 12 Mar 2025 08:00:00 GMT' })).published).toMatchObject({ value: '2025-03-12', confidence: 0.95 });
  });
  it('takes the latest caption date, with low confidence', () => {
    const text = [
      PARA,
      'Two envoys shake hands in Geneva, Switzerland, March 11, 2025.',
      'Anna Novak | Reuters',
      'Delegates attend a summit in Vienna, Austria, June 4, 2019.',
      'Rick Roe | Reuters',
      PARA2,
    ].join('\n');
    const m = infer(raw(text));
    expect(m.published).toMatchObject({ value: '2025-03-11', origin: 'text:caption-date' });
    expect(m.published.confidence).toBeLessThan(0.6);
    expect(spanMatches(text, m.published.evidence!)).toBe(true);
  });
  it('prefers a publication stamp', () => {
    expect(infer(raw(`Published: 14 March 2025\n${PARA}\n${PARA2}`)).published).toMatchObject({ value: '2025-03-14', origin: 'text:timestamp' });
  });
  it('reads a place and a full date set off by a full stop at the head of the first paragraph', () => {
    const text = `Envoys extend the truce\nTorreón, May 29, 2027. ${PARA}\n${PARA2}`;
    expect(infer(raw(text)).published).toMatchObject({ value: '2027-05-29', origin: 'text:dateline-date' });
    // A date that is the sentence's subject is no dateline.
    expect(infer(raw(`Envoys extend the truce\nMay 29, 2027, was the day the envoys met. ${PARA}\n${PARA2}`)).published.origin).not.toBe('text:dateline-date');
  });
  it('reads the day from a byline that ends with the time it was filed', () => {
    const text = `Skip to main content\nHome | World | Europe | Business\nSign in\nEnvoys extend the truce\nBy Jane Doe | Published May 8, 2027, 6:14 p.m.\n${PARA}\n${PARA2}`;
    expect(infer(raw(text)).published).toMatchObject({ value: '2027-05-08', origin: 'text:byline-date' });
  });
  it('is null when the text names no full date', () => {
    expect(infer(raw(`${PARA}\n${PARA2}`)).published.value).toBeNull();
  });
  it('reads the opening dateline of a text in a language chrono knows, in that language', () => {
    const ru = 'МОСКВА, 13 марта 2025 года. Пресс-секретарь Кремля заявил журналистам, что Москва не будет торопиться с ответом на американское предложение о перемирии. По его словам, Кремль изучает предложение и ждёт подробностей.';
    expect(infer(raw(ru)).published).toMatchObject({ value: '2025-03-13', origin: 'text:dateline-date' });
    const uk = 'КИЇВ, 12 березня 2025 року — Міністр закордонних справ заявив, що Україна погодилася на пропозицію про тридцятиденне припинення вогню. Тепер рішення за Росією, сказав він журналістам після переговорів.';
    expect(infer(raw(uk)).published.value).toBe('2025-03-12');
    // A date later in the paragraph is no dateline.
    expect(infer(raw(ru.replace('МОСКВА, 13 марта 2025 года. ', 'МОСКВА. ') + ' Встреча прошла 13 марта 2025 года.')).published.value).toBeNull();
    expect(fullDatesIn('13 марта 2025 года', 0, 17, 'ru').map((d) => d.value)).toEqual(['2025-03-13']);
    expect(fullDatesIn('13 марта 2025 года', 0, 17)).toEqual([]);
  });
});

describe('title, byline, language', () => {
  it('takes a headline-shaped first line as the title and a By line as the byline', () => {
    const text = ['Envoys Meet Again As Ceasefire Deadline Nears', 'By Jane Doe and Rick Roe', PARA, PARA2].join('\n');
    const m = infer(raw(text));
    expect(m.title).toMatchObject({ value: 'Envoys Meet Again As Ceasefire Deadline Nears', origin: 'text:first-line' });
    expect(m.byline).toMatchObject({ value: 'Jane Doe and Rick Roe', origin: 'text:byline' });
    expect(spanMatches(text, m.byline.evidence!)).toBe(true);
  });
  it('prefers a By line to a desk signature, and never takes a wire credit trailer for the byline', () => {
    const text = ['Envoys Meet Again As Ceasefire Deadline Nears', 'Staff Report', PARA, PARA2, '(Reporting by Jane Doe; Editing by Rick Roe)'].join('\n');
    expect(infer(raw(text)).byline.value).toBe('Staff Report');
    expect(infer(raw(`${PARA}\n${PARA2}\n(Reporting by Jane Doe; Editing by Rick Roe)`)).byline.value).toBeNull();
    expect(infer(raw(`${PARA}\n${PARA2}\n— Reuters\nRick Roe contributed reporting.`)).byline.value).toBeNull();
    expect(infer(raw(`Envoys Meet Again\nBy Jane Doe\n${PARA}\nStaff Report`)).byline.value).toBe('Jane Doe');
  });
  it('no title when the first line is a sentence', () => {
    expect(infer(raw(`${PARA}\n${PARA2}`)).title.value).toBeNull();
  });
  it('detects the language of the text, and normalises a given tag', () => {
    expect(infer(raw(`${PARA}\n${PARA2}`)).language).toMatchObject({ value: 'en', origin: 'text:function-words' });
    expect(detectLanguage('Переговоры о прекращении огня возобновились во вторник в Женеве, сообщили официальные лица.')?.value).toBe('ru');
    expect(detectLanguage('Les négociations sur le cessez-le-feu ont repris mardi à Genève, selon des responsables officiels.')?.value).toBe('fr');
    expect(detectLanguage('ok')).toBeNull();
    // Other Latin-script languages never pass for English by their function words.
    for (const [t, lang] of [
      ['Die Verhandlungen über einen Waffenstillstand wurden am Dienstag in Genf wieder aufgenommen, wie Beamte mitteilten. Die Delegationen wollen sich in der nächsten Woche erneut treffen, um über die Einzelheiten zu sprechen.', 'de'],
      ['Las negociaciones sobre un alto el fuego se reanudaron el martes en Ginebra, según informaron funcionarios. Las delegaciones volverán a reunirse la próxima semana para discutir los detalles del acuerdo.', 'es'],
      ['De onderhandelingen over een staakt-het-vuren zijn dinsdag in Genève hervat, zo meldden functionarissen. De delegaties komen volgende week opnieuw bijeen om de details van het akkoord te bespreken.', 'nl'],
    ]) expect(detectLanguage(t!)).toMatchObject({ value: lang, method: 'franc' });
    expect(infer(raw(PARA, { language: 'en-GB' })).language.value).toBe('en');
  });
  it('checks a declared language other than English against the text', () => {
    expect(infer(raw(`${PARA}\n${PARA2}`, { language: 'de' })).language).toMatchObject({ value: 'en', origin: 'text:function-words' });
    const russian = 'Переговоры о прекращении огня возобновились во вторник в Женеве, сообщили официальные лица.\nДелегации встретятся снова на следующей неделе.';
    expect(infer(raw(russian, { language: 'ru' })).language).toMatchObject({ value: 'ru', confidence: 0.9 });
  });
});

describe('withoutSiteSuffix', () => {
  it('drops the site name a page title ends with, whatever its spelling', () => {
    expect(withoutSiteSuffix('Envoys agree to meet again next week | The Daily Example', 'Daily Example')).toBe('Envoys agree to meet again next week');
    expect(withoutSiteSuffix('Envoys agree to meet again - Sportsnet', 'Sportsnet.ca')).toBe('Envoys agree to meet again');
    expect(withoutSiteSuffix('Talks stall – part two – KyivIndependent.com', 'The Kyiv Independent')).toBe('Talks stall – part two');
    expect(withoutSiteSuffix('Governor doubles down on the campaign | TheHill', 'The Hill')).toBe('Governor doubles down on the campaign');
  });
  it('keeps a subtitle, a short title and a tail that is not the outlet', () => {
    expect(withoutSiteSuffix('Talks stall - what comes next', 'Daily Example')).toBe('Talks stall - what comes next');
    expect(withoutSiteSuffix('Reuters | Reuters', 'Reuters')).toBe('Reuters | Reuters');
    expect(withoutSiteSuffix('Envoys agree to meet again', 'Daily Example')).toBe('Envoys agree to meet again');
    // A subtitle that merely starts like the outlet's name stays (review).
    expect(withoutSiteSuffix('Talks resume in Geneva - Timeline of events', 'Time')).toBe('Talks resume in Geneva - Timeline of events');
    expect(withoutSiteSuffix('Senate vote on the deal - Hillary Clinton responds', 'The Hill')).toBe('Senate vote on the deal - Hillary Clinton responds');
    expect(withoutSiteSuffix('Most back the trade deal - Reuters/Ipsos poll', 'Reuters')).toBe('Most back the trade deal - Reuters/Ipsos poll');
    expect(withoutSiteSuffix('Talks move to a new venue - New York', 'The New York Times')).toBe('Talks move to a new venue - New York');
    expect(withoutSiteSuffix('Talks move to a new venue | NYTimes.com', 'The New York Times')).toBe('Talks move to a new venue | NYTimes.com');
    expect(withoutSiteSuffix('Talks move to a new venue | Reuters.com', 'Reuters')).toBe('Talks move to a new venue');
  });
});

describe('unseen header and dateline shapes', () => {
  it('reads outlet and day from a "<date> | <Outlet>" masthead', () => {
    const text = `Envoys agree to meet again in Vienna next month\nMarch 4, 2025 | Example Valley Monitor\n${PARA}\n${PARA2}`;
    const m = infer(raw(text));
    expect(m.outlet).toMatchObject({ value: 'Example Valley Monitor', origin: 'text:signature' });
    expect(m.published).toMatchObject({ value: '2025-03-04' });
    expect(spanMatches(text, m.outlet.evidence!)).toBe(true);
  });

  it('takes the outlet a dateline names in brackets over the wire-credit house style', () => {
    const text = `SPOKANE, Wash. (Inland Valley Wire) — ${PARA}\n${PARA2}\n(Editing by Rick Roe)`;
    expect(infer(raw(text)).outlet).toMatchObject({ value: 'Inland Valley Wire', origin: 'text:dateline' });
    // Without it, the house style still answers.
    expect(infer(raw(`SPOKANE — ${PARA}\n${PARA2}\n(Editing by Rick Roe)`)).outlet.origin).toBe('text:house-style');
  });

  it('reads the author of a "Posted by" line without the desk', () => {
    const m = infer(raw(`Envoys agree to meet again in Vienna\nPosted by Jane Doe, Central Asia desk\n${PARA}\n${PARA2}`));
    expect(m.byline.value).toBe('Jane Doe');
  });

  it('gives a yearless wire dateline a year only from the text, else leaves the day unknown', () => {
    // The lead names no weekday: nothing in the text fixes the year.
    expect(infer(raw(`GENEVA, March 14 (Reuters) - ${PARA2}\n${PARA2}`)).published.value).toBeNull();
    expect(infer(raw(`GENEVA, March 14 (Reuters) - ${PARA}\n${PARA2}\n© 2024 Example Wire. All rights reserved.`)).published).toMatchObject({ value: '2024-03-14' });
    // A full date near the dateline's day wins over the copyright year.
    expect(infer(raw(`GENEVA, March 14 (Reuters) - ${PARA} The deadline of March 20, 2025 stands.\n${PARA2}\n© 2024 Example Wire`)).published.value).toBe('2025-03-14');
  });
});

describe('the year of a yearless wire dateline (QA 10)', () => {
  const at = (text: string) => inferMetadata(raw(text), detectZones(text)).published;
  const LEAD = 'Norland and Sudmark ended a first round of talks in Tarnby on Tuesday without an agreement, the mediator said.';

  it('reads a copyright notice whose year follows the holder\'s name, anywhere in the chrome', () => {
    const text = `TARNBY, March 14 (Reuters) - ${PARA2}\n${PARA2}\nThis story was first published by Reuters. (c) Reuters 2027. Republished under licence by the Example Standard.`;
    expect(at(text)).toMatchObject({ value: '2027-03-14', origin: 'text:dateline-date+copyright-year', confidence: 0.4 });
    expect(at(`TARNBY, March 14 (Reuters) - ${PARA2}\n${PARA2}\n© Example Wire 2019-2027`).value).toBe('2027-03-14');
  });

  it('gives more weight to a copyright year on which the dateline day falls on the lead\'s weekday', () => {
    // 2028-03-14 is a Tuesday.
    const text = `TARNBY, March 14 (Reuters) - ${LEAD}\n${PARA2}\n© 2028 Example Wire. All rights reserved.`;
    expect(at(text)).toMatchObject({ value: '2028-03-14', origin: 'text:dateline-date+copyright-year+lead-weekday', confidence: 0.5 });
  });

  it('without a year anywhere, leaves the day unknown: a weekday alone would give an archive a wrong year', () => {
    // Aug 13 was a Tuesday in 2019 and 2024 and will be in 2030: the weekday names no one year.
    const text = `TARNBY, Aug 13 (Reuters) - ${LEAD}\n${PARA2}`;
    expect(at(text).value).toBeNull();
  });
});
