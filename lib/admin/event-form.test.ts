import { parseEventInput } from '@/lib/dataset/event-input';
import { EVENT_CREATE_FIELDS, EVENT_EDIT_FIELDS, eventFormValues, eventInput, readEventForm } from './event-form';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('the event form', () => {
  it('reads its checked topics as the CSV writes them, and nothing at all without a form', () => {
    const values = readEventForm(form([['title', 'T'], ['topics', 'troops'], ['topics', 'munitions']]), EVENT_EDIT_FIELDS);
    expect(values.topics).toBe('troops;munitions');
    expect(values.title).toBe('T');
    expect(readEventForm(undefined, EVENT_CREATE_FIELDS)).toEqual(Object.fromEntries(EVENT_CREATE_FIELDS.map((field) => [field, ''])));
  });

  it('gives back what a stored event says, through the one event schema', () => {
    const content = {
      date: { date: '2025-11-01', precision: 'month' as const },
      title: 'Second rotation announced',
      description: 'Troops replaced in Kursk.',
      topics: ['munitions' as const, 'troops' as const],
      source: 'Ministry of Defence',
      url: null,
    };
    const parsed = parseEventInput({ slug: 'a-rotation', ...eventInput(eventFormValues(content), EVENT_EDIT_FIELDS) });
    expect(parsed).toEqual({ ok: true, event: { slug: 'a-rotation', ...content } });
  });
});
