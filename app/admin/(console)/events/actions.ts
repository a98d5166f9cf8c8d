'use server';

// The event pages' server actions: create, edit and retire through lib/curation/events.ts
// (lib/admin/record-actions.ts runs them), validated by lib/dataset/event-input.ts.
import { EVENT_CREATE_FIELDS, EVENT_EDIT_FIELDS, eventInput, readEventForm } from '@/lib/admin/event-form';
import { recordActions } from '@/lib/admin/record-actions';
import { guardedAction } from '@/lib/auth/page-guard';
import { createEvent, editEvent, retireEvent } from '@/lib/curation/events';

const events = recordActions({
  path: '/admin/events',
  createFields: EVENT_CREATE_FIELDS,
  editFields: EVENT_EDIT_FIELDS,
  read: readEventForm,
  input: eventInput,
  create: (pool, curation, record) => createEvent(pool, { ...curation, event: record }),
  edit: editEvent,
  retire: retireEvent,
});

export const createEventAction = guardedAction('editor', events.create);
export const editEventAction = guardedAction('editor', events.edit);
export const retireEventAction = guardedAction('editor', events.retire);
