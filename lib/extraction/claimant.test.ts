import { extractFigures } from './extract';

/** Claimant and via of the only figure in a sentence, without reference claimants to match. */
function attribution(text: string) {
  const figures = extractFigures(text);
  expect(figures).toHaveLength(1);
  return [figures[0].claimant, figures[0].via];
}

describe('claimants', () => {
  it.each([
    ['North Korea sent 7,000 containers, according to South Korean Defense Minister Shin Won-sik.', 'Shin Won-sik', null],
    ['According to Ukraine’s Defense Intelligence Directorate, Russia intends to recruit 12,000 laborers.', 'Ukraine’s Defense Intelligence Directorate', null],
    ['Shin stated that Pyongyang likely received over 9,000 containers of aid.', 'Shin', null],
    ['About 11,000 troops moved into Kursk, said Deputy Pentagon Press Secretary Sabrina Singh, who spoke today.', 'Sabrina Singh', null],
    ['“We think it is 12,000,” Pentagon spokesman Major General Pat Ryder told journalists.', 'Pat Ryder', null],
    ['Grigory Karasin, chairman of the international committee, reported that 700,000 children were brought.', 'Grigory Karasin', null],
    ['Around 1,000 soldiers have been killed, the BBC’s Russian service reported, citing unnamed Western officials.', 'unnamed Western officials', 'BBC’s Russian service'],
    ['North Korea has sent 5,000 construction troops, a South Korean lawmaker said after a briefing by Seoul\'s spy agency.', "Seoul's spy agency", 'South Korean lawmaker'],
    ['At least 100 North Koreans have been killed, a South Korean lawmaker told reporters.', null, 'South Korean lawmaker'],
    ['North Korea sent 7,000 containers, according to Shin Won-sik, as reported by Sky News.', 'Shin Won-sik', 'Sky News'],
    ['According to the Russian state news agency TASS, Alexei Starichkov also said 1,000 tourists visited.', 'Alexei Starichkov', 'TASS'],
    ['Robert Wood stated that according to American data, Russia used at least nine missiles.', 'Robert Wood', null],
    ['Data released by the U.N.’s 1718 Sanctions Committee showed 105,845 barrels arrived.', 'U.N.’s 1718 Sanctions Committee', null],
    ['Skibitskyi told Ukrinform that 1,000 specialists arrived.', 'Skibitskyi', 'Ukrinform'],
    ['Two Ukrainian children were reportedly sent to a camp.', null, null],
    ['Analysts said that could amount to 4 million shells.', null, null],
    ['The study says 9.8 billion dollars were paid.', null, null],
  ])('%s', (text, claimant, via) => {
    expect(attribution(text)).toEqual([claimant, via]);
  });

  it('resolves a pronoun or a bare description to the source named before it in the paragraph', () => {
    const figures = extractFigures('Vadym Skibitskyi, deputy head of the agency, said the rounds were old. He also said that Russia plans to produce 2.7 million shells.');
    expect(figures[0].claimant).toBe('Vadym Skibitskyi');
    const agency = extractFigures("South Korea's National Intelligence Service said on Friday that troops left. The agency said the first 1,500 soldiers left.");
    expect(agency[0].claimant).toBe("South Korea's National Intelligence Service");
  });

  it('carries a paragraph-opening "According to" to the sentences after it, and not into the next paragraph', () => {
    const figures = extractFigures('According to Vadym Skibitskyi, deliveries fell. Since 2023, approximately 6.5 million shells were delivered.\nSome 300 more arrived.');
    expect(figures.map((f) => f.claimant)).toEqual(['Vadym Skibitskyi', null]);
  });

  it('gives each figure the source nearest to it', () => {
    const figures = extractFigures('Ukraine\'s government says Russia has abducted at least 19,546 children, with just 1,605 returned, according to the Bring Kids Back UA initiative.');
    expect(figures.map((f) => f.claimant)).toEqual(["Ukraine's government", 'Bring Kids Back UA']);
  });
});
