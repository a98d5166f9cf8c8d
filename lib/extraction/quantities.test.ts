import { extractFigures } from './extract';

const first = (text: string) => extractFigures(text)[0];

describe('qualifiers, ranges and units', () => {
  it.each([
    ['more than 10,000 troops', 'more_than'],
    ['over 9,000 containers', 'more_than'],
    ['at least 60 missiles', 'at_least'],
    ['up to 40,000 workers', 'up_to'],
    ['as many as 50,000 workers', 'up_to'],
    ['a maximum of 1.2 billion US dollars', 'up_to'],
    ['nearly 11,000 troops', 'approx'],
    ['some 300 soldiers', 'approx'],
    ['roughly 14,000 troops', 'approx'],
    ['40-odd armoured vehicles', 'approx'],
    ['fewer than 400 children', 'less_than'],
    ['no fewer than 400 children', 'at_least'],
    ['only 300 North Koreans', 'exact'],
    ['a total of 385 children', 'exact'],
  ])('%s is %s', (text, qualifier) => {
    expect(first(`They counted ${text}.`).qualifier).toBe(qualifier);
  });

  it.each([
    ['between 4 and 6 million shells', 4_000_000, 6_000_000],
    ['4 to 6 million shells', 4_000_000, 6_000_000],
    ['5.7 to 6.7 million artillery shells', 5_700_000, 6_700_000],
    ['20,000-50,000 workers', 20_000, 50_000],
    ['25-thousand to 30-thousand troops', 25_000, 30_000],
    ['around 11 to 12,000 troops', 11_000, 12_000],
    ['(1,000–1,500) workers', 1_000, 1_500],
  ])('%s is a range with its midpoint as the value', (text, low, high) => {
    expect(first(`There were ${text}.`)).toMatchObject({ qualifier: 'range', low, high, value: (low + high) / 2 });
  });

  it('does not read "from X to Y" or "aged 10 to 17" as ranges', () => {
    expect(extractFigures('Troops rose from 3,000 to 11,000.').map((f) => f.qualifier)).toEqual(['exact', 'exact']);
    expect(extractFigures('Children aged 10 to 17 were returned.')).toEqual([]);
  });

  it.each([
    ['nine soldiers from the engineering regiment died', 'soldiers', 'soldiers'],
    ['3,000 North Korean servicemen were deployed', 'servicemen', 'North Korean servicemen'],
    ['about 7,000 containers of ammunition and other military equipment since then', 'containers', 'containers of ammunition and other military equipment'],
    ['1,080 tons of wheat flour went to the DPRK', 'tons', 'tons of wheat flour'],
    ['more than six million 152 mm artillery shells arrived', 'shells', 'artillery shells'],
    ['three Il-76 transport planes flew', 'planes', 'Il transport planes'],
    ['300 North Koreans entered Russia', 'North Koreans', 'North Koreans'],
    ['$2.50 per hour was offered', 'USD per hour', null],
    ['a monthly stipend of approximately US$800 was paid', 'USD per month', 'monthly stipend'],
    ['4.3 billion rubles in trade', 'RUB', null],
    ['a rise of 40.6 percent', 'percent', null],
    ['500,000 barrels a year', 'barrels per year', 'barrels'],
  ])('%s counts %s', (text, unit, what) => {
    expect(first(`Officials said ${text}.`)).toMatchObject({ unit, what });
  });

  it('takes a left-out unit from the figure it refers back to', () => {
    const figures = extractFigures('Some 300 North Korean soldiers have been killed and 2,700 wounded. The number of containers is about 5,000.');
    expect(figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([[300, 'approx', 'soldiers'], [2700, 'approx', 'soldiers'], [5000, 'approx', 'containers']]);
  });
});
