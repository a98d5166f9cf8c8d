import { matchClaimant, normaliseName, sameClaimant } from './match-claimant';

const claimants = [
  { id: 1, name: "South Korea's National Intelligence Service", organization: "South Korea's National Intelligence Service" },
  { id: 2, name: "South Korea's Defense Intelligence Agency", organization: "South Korea's Defense Intelligence Agency" },
  { id: 3, name: "Ukraine's Defense Intelligence (HUR)", organization: "Ukraine's Defense Intelligence (HUR)" },
  { id: 4, name: 'Volodymyr Zelensky', organization: 'Government of Ukraine' },
  { id: 5, name: 'Shin Won-sik', organization: "South Korea's Ministry of National Defense" },
  { id: 6, name: 'UK Ministry of Defence', organization: 'UK Ministry of Defence' },
  { id: 7, name: 'Marat Khusnullin', organization: 'Government of Russia' },
  { id: 8, name: 'National Information Bureau', organization: 'Government of Ukraine' },
  { id: 9, name: "South Korea's Ministry of National Defense", organization: "South Korea's Ministry of National Defense" },
];

describe('matchClaimant', () => {
  it.each([
    ["Seoul's spy agency", 1],
    ['South Korea’s intelligence agency', 1],
    ['the NIS', 1],
    ["South Korea's Defense Intelligence Agency", 2],
    ['Ukraine’s Defense Intelligence Directorate', 3],
    ["Ukraine's military intelligence", 3],
    ['Volodymyr Zelenskyy', 4],
    ['Zelensky', 4],
    ['Shin', 5],
    ['Shin Won-sik', 5],
    ['Britain’s defense ministry', 6],
    ['Marat Khusnulin', 7],
    ['National Information Bureau under the Reintegration Ministry of Ukraine', 8],
    ['South Korea’s Defense Ministry', 9],
  ])('%s is claimant %d', (name, id) => {
    expect(matchClaimant(name, claimants)?.claimant.id).toBe(id);
  });

  it.each(['Russia', 'Seoul', 'Kim Jong Un', 'Vadym Skibitskyi', 'Analysts'])('%s matches no claimant', (name) => {
    expect(matchClaimant(name, claimants)).toBeNull();
  });

  it('folds spellings, possessives and parentheses', () => {
    expect(normaliseName('Ukraine’s Defense Intelligence (HUR)')).toBe(normaliseName("Ukrainian defence intelligence"));
    expect(sameClaimant('The Biden administration', 'Biden administration', [])).toBe(true);
    expect(sameClaimant(null, null, [])).toBe(true);
    expect(sameClaimant('Shin', null, claimants)).toBe(false);
  });
});
