import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../helpers/databases';
import { addPerson, createTestContext, signedInClient, type TestContext } from '../helpers/test-app';

/** The next `count` starts of the calendar's event, as an independent parser (ical.js) reads the file, VTIMEZONE included. */
function occurrencesOf(ics: string, count: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  const iterator = event.iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next && starts.length < count; next = iterator.next()) starts.push(next.toJSDate().toISOString());
  return starts;
}

describe.each(testDatabases())('learning moment ($name)', (kind) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext(kind, { publicUrl: 'https://leerlust.example' });
  });
  afterAll(() => ctx.close());

  it('starts from the organisation default, and a person can choose their own slot', async () => {
    const client = await signedInClient(ctx, (await addPerson(ctx)).id);
    const initial = (await (await client.get('/api/me/moment')).json()) as { isDefault: boolean; slot: { weekdays: number[] } };
    expect(initial).toMatchObject({ isDefault: true, slot: { weekdays: [2], startTime: '10:00' } });
    const saved = await client.request('PUT', '/api/me/moment', { weekdays: [4, 1], startTime: '14:30', durationMinutes: 45, form: 'classroom', topic: 'Excel' });
    expect(saved.status).toBe(200);
    // Clock: Monday 2026-03-02 09:00Z = 10:00 in Amsterdam; Monday 14:30 CET is later today.
    expect(await saved.json()).toMatchObject({ isDefault: false, slot: { weekdays: [1, 4], form: 'classroom', topic: 'Excel' }, nextAt: '2026-03-02T13:30:00.000Z' });
  });

  it.each([
    [{ weekdays: [], startTime: '10:00', durationMinutes: 30, form: 'online', topic: null }],
    [{ weekdays: [8], startTime: '10:00', durationMinutes: 30, form: 'online', topic: null }],
    [{ weekdays: [1, 1], startTime: '10:00', durationMinutes: 30, form: 'online', topic: null }],
    [{ weekdays: [1], startTime: '24:00', durationMinutes: 30, form: 'online', topic: null }],
    [{ weekdays: [1], startTime: '10:00', durationMinutes: 0, form: 'online', topic: null }],
    [{ weekdays: [1], startTime: '10:00', durationMinutes: 30, form: 'on the bus', topic: null }],
  ])('refuses a bad slot with 400: %j', async (body) => {
    const client = await signedInClient(ctx, (await addPerson(ctx)).id);
    expect((await client.request('PUT', '/api/me/moment', body)).status).toBe(400);
  });

  it('exports an .ics that an independent parser reads right across the spring DST change (Europe/Amsterdam)', async () => {
    ctx.clock.set('2026-03-16T12:00:00Z');
    const client = await signedInClient(ctx, (await addPerson(ctx, { timeZone: 'Europe/Amsterdam' })).id);
    await client.request('PUT', '/api/me/moment', { weekdays: [2], startTime: '10:00', durationMinutes: 30, form: 'online', topic: 'Safe lifting; part 1, basics' });
    const response = await client.get('/api/me/moment.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await response.text();
    // Tuesday 10:00 local: 09:00Z in winter time, 08:00Z after the change on 29 March.
    expect(occurrencesOf(ics, 4)).toEqual(['2026-03-17T09:00:00.000Z', '2026-03-24T09:00:00.000Z', '2026-03-31T08:00:00.000Z', '2026-04-07T08:00:00.000Z']);

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = calendar.getFirstSubcomponent('vevent');
    expect(event?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(String(event?.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(event?.getFirstPropertyValue('summary')).toBe('Learning moment · Safe lifting; part 1, basics · online');
    expect(event?.getFirstPropertyValue('url')).toBe('https://leerlust.example/?source=calendar');
    expect(event?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getAllSubcomponents().map((c) => c.name).sort()).toEqual(['daylight', 'standard']);
    // RFC 5545 §3.1: CRLF line ends, no line longer than 75 octets.
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('reads right across the autumn change in another zone (America/New_York), with folded non-ASCII text', async () => {
    ctx.clock.set('2026-10-20T12:00:00Z');
    const client = await signedInClient(ctx, (await addPerson(ctx, { timeZone: 'America/New_York', language: 'nl' })).id);
    await client.request('PUT', '/api/me/moment', { weekdays: [1, 3], startTime: '09:15', durationMinutes: 20, form: 'classroom', topic: 'Één ënorm lange titel over veiligheid op de werkvloer' });
    const ics = await (await client.get('/api/me/moment.ics')).text();
    // EDT (-4) until 1 November, EST (-5) after.
    expect(occurrencesOf(ics, 5)).toEqual([
      '2026-10-21T13:15:00.000Z',
      '2026-10-26T13:15:00.000Z',
      '2026-10-28T13:15:00.000Z',
      '2026-11-02T14:15:00.000Z',
      '2026-11-04T14:15:00.000Z',
    ]);
    const summary = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary');
    expect(summary).toBe('Leermoment · Één ënorm lange titel over veiligheid op de werkvloer · klassikaal');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('lets an admin set the default slot, working hours, days off and the weekly cap', async () => {
    const admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
    const changed = await admin.patch('/api/admin/moment-settings', {
      defaultSlot: { weekdays: [3], startTime: '11:00', durationMinutes: 30, form: 'online', topic: null },
      weeklyPushCap: 2,
      daysOff: ['2026-12-25'],
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ weeklyPushCap: 2, workStart: '08:00', daysOff: ['2026-12-25'] });
    const someone = await signedInClient(ctx, (await addPerson(ctx)).id);
    expect(await (await someone.get('/api/me/moment')).json()).toMatchObject({ isDefault: true, slot: { weekdays: [3], startTime: '11:00' } });
    expect((await admin.patch('/api/admin/moment-settings', { weeklyPushCap: -1 })).status).toBe(400);
    // Working hours that end before they start (here: only the end changes) are refused, and nothing changes.
    const inverted = await admin.patch('/api/admin/moment-settings', { workEnd: '07:00' });
    expect(inverted.status).toBe(422);
    expect((await inverted.json()).error.code).toBe('working_hours_inverted');
    expect(await (await admin.get('/api/admin/moment-settings')).json()).toMatchObject({ workStart: '08:00', workEnd: '18:00' });
    await admin.patch('/api/admin/moment-settings', { weeklyPushCap: 3, defaultSlot: { weekdays: [2], startTime: '10:00', durationMinutes: 30, form: 'online', topic: null }, daysOff: [] });
  });
});
