import { searchWords } from './search-words';

describe('the words of a search', () => {
  it('means LIKE’s wildcards and escape as the characters they are', () => {
    expect(searchWords('  100%  a_b c\\d ')).toEqual(['100\\%', 'a\\_b', 'c\\\\d']);
  });

  it('takes at most eight words', () => {
    expect(searchWords('1 2 3 4 5 6 7 8 9 10')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});
