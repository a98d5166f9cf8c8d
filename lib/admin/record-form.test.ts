import { ConflictError, RuleError, ValidationError } from '@/lib/dataset/errors';
import { refusedRecord } from './record-form';

describe('a refused series or event save, as its form shows it', () => {
  const values = { title: 'Mine', description: '' };

  it('puts each field’s first problem beside the field, keeping what was typed', () => {
    const state = refusedRecord(new ValidationError([{ field: 'title', message: 'is empty' }, { field: 'title', message: 'second' }, { field: 'reason', message: 'is empty' }]), values, '');
    expect(state).toEqual({ status: 'error', message: 'Not saved: 3 problems to fix.', fieldErrors: { title: 'title is empty', reason: 'reason is empty' }, values, reason: '' });
  });

  it('shows what the other person changed beside what this editor sent', () => {
    const state = refusedRecord(new ConflictError('series', 'troops', 1, 2, {}, [{ field: 'title', from: 'Before', to: 'Theirs' }]), values, 'why');
    expect(state).toMatchObject({ status: 'conflict', currentVersion: 2, changes: [{ field: 'title', base: 'Before', theirs: 'Theirs', yours: 'Mine' }], values, reason: 'why' });
  });

  it('shows a list of topics the same way on both sides', () => {
    const state = refusedRecord(new ConflictError('event', 'e', 1, 2, {}, [{ field: 'topics', from: ['troops'], to: ['munitions', 'troops'] }]), { topics: 'troops;labour' }, 'why');
    expect(state).toMatchObject({ changes: [{ field: 'topics', base: 'troops', theirs: 'munitions, troops', yours: 'troops, labour' }] });
  });

  it('names the field a rule is about, and throws on what it does not know', () => {
    expect(refusedRecord(new RuleError('retired', 'slug'), values, 'why')).toMatchObject({ status: 'error', fieldErrors: { slug: 'retired' } });
    expect(() => refusedRecord(new Error('the database went away'), values, 'why')).toThrow('the database went away');
  });
});
